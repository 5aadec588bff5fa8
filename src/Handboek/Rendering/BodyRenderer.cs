using Handboek.Markdown;
using Handboek.Model;

namespace Handboek.Rendering;

/// <summary>
/// Renders Markdown bodies to HTML, rewriting relative <c>.md</c> links (which work when browsing the
/// repository) to the site URLs of the cards and pages they point at.
/// </summary>
public sealed class BodyRenderer(Handbook handbook, SiteUrls urls)
{
    private readonly Dictionary<string, string> _urlBySource = handbook.Kaarten
        .Select(c => (c.SourcePath, Url: urls.Card(c.Id)))
        .Concat(handbook.Paginas.Select(p => (p.SourcePath, Url: urls.Page(p.Id))))
        .ToDictionary(x => x.SourcePath, x => x.Url, StringComparer.Ordinal);

    /// <summary>Input-relative paths of the non-Markdown files bodies link to; the site needs copies of them.</summary>
    public IEnumerable<string> LinkedFiles() =>
        handbook.Kaarten.Select(c => c.Body).Concat(handbook.Paginas.Select(p => p.Body))
            .SelectMany(b => b.Links)
            .Select(l => l.TargetPath!)
            .Where(path => !_urlBySource.ContainsKey(path))
            .Distinct()
            .Order(StringComparer.Ordinal);

    /// <summary>The card whose page a link leads to, or null for a page or a file.</summary>
    public string? LinkedCardSource(BodyLink link) =>
        link.TargetPath is { } path && _urlBySource.ContainsKey(path) && path.StartsWith("kaarten/", StringComparison.Ordinal) ? path : null;

    public BodyHtml Render(MarkdownBody body, string? idPrefix = null)
    {
        foreach (var link in body.Links)
        {
            var url = _urlBySource.TryGetValue(link.TargetPath!, out var page) ? page : urls.File(link.TargetPath!);
            link.Inline.Url = link.Fragment is null ? url : $"{url}#{link.Fragment}";
        }

        return BodyPostProcessor.Process(Markdig.Markdown.ToHtml(body.Document, MarkdownBodyParser.Pipeline), idPrefix);
    }
}
