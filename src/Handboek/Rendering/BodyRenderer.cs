using Handboek.Markdown;
using Handboek.Model;

namespace Handboek.Rendering;

/// <summary>
/// Renders Markdown bodies to HTML, with relative <c>.md</c> links (which work when browsing the
/// repository) pointing at the site URLs of the cards and pages they name.
/// </summary>
public sealed class BodyRenderer
{
    private readonly Handbook _handbook;
    private readonly Dictionary<string, string> _urlBySource;

    /// <summary>Rewrites every link once, here, so <see cref="Render"/> only reads and bodies can render on many threads.</summary>
    public BodyRenderer(Handbook handbook, SiteUrls urls)
    {
        _handbook = handbook;
        _urlBySource = handbook.Kaarten
            .Select(c => (c.SourcePath, Url: urls.Card(c.Id)))
            .Concat(handbook.Paginas.Select(p => (p.SourcePath, Url: urls.Page(p.Id))))
            .ToDictionary(x => x.SourcePath, x => x.Url, StringComparer.Ordinal);
        foreach (var link in Bodies().SelectMany(b => b.Links))
        {
            var url = _urlBySource.TryGetValue(link.TargetPath!, out var page) ? page : urls.File(link.TargetPath!);
            link.Inline.Url = link.Fragment is null ? url : $"{url}#{link.Fragment}";
        }
    }

    /// <summary>Input-relative paths of the non-Markdown files bodies link to; the site needs copies of them.</summary>
    public IEnumerable<string> LinkedFiles() =>
        Bodies()
            .SelectMany(b => b.Links)
            .Select(l => l.TargetPath!)
            .Where(path => !_urlBySource.ContainsKey(path))
            .Distinct()
            .Order(StringComparer.Ordinal);

    /// <summary>The card whose page a link leads to, or null for a page or a file.</summary>
    public string? LinkedCardSource(BodyLink link) =>
        link.TargetPath is { } path && _urlBySource.ContainsKey(path) && path.StartsWith("kaarten/", StringComparison.Ordinal) ? path : null;

    public BodyHtml Render(MarkdownBody body, string? idPrefix = null) =>
        BodyPostProcessor.Process(Markdig.Markdown.ToHtml(body.Document, MarkdownBodyParser.Pipeline), idPrefix);

    private IEnumerable<MarkdownBody> Bodies() =>
        _handbook.Kaarten.Select(c => c.Body).Concat(_handbook.Paginas.Select(p => p.Body));
}
