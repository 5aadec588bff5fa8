using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Handboek.Markdown;
using Handboek.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Handboek.Rendering;

/// <summary>A rendered body and its "Op deze pagina" entries.</summary>
public sealed record BodyHtml(Utf8TemplateOutput Html, IReadOnlyList<LinkView> Contents);

/// <summary>
/// Renders Markdown bodies to HTML, with relative <c>.md</c> links (which work when browsing the
/// repository) pointing at the site URLs of the cards and pages they name. Thread-safe: each render parses the body
/// into its own syntax tree.
/// </summary>
public sealed class BodyRenderer
{
    private readonly Handbook _handbook;
    private readonly SiteUrls _urls;
    private readonly Dictionary<string, string> _urlBySource;

    /// <summary>Where the id prefix goes in a body rendered for both its card page and the printable handbook: a private-use character.</summary>
    private const char PrefixMark = '\uE000';
    private const string PrefixMarkInUrl = "%EE%80%80";
    private static readonly byte[] PrefixMarkBytes = Encoding.UTF8.GetBytes(PrefixMark.ToString());
    private static readonly byte[] PrefixMarkInUrlBytes = Encoding.ASCII.GetBytes(PrefixMarkInUrl);
    private readonly ConcurrentDictionary<MarkdownBody, SharedBody> _shared = new(ReferenceEqualityComparer.Instance);

    public BodyRenderer(Handbook handbook, SiteUrls urls)
    {
        _handbook = handbook;
        _urls = urls;
        _urlBySource = handbook.Cards
            .Select(c => (c.SourcePath, Url: urls.Card(c.Id)))
            .Concat(handbook.Pages.Select(p => (p.SourcePath, Url: urls.Page(p.Id))))
            .ToDictionary(x => x.SourcePath, x => x.Url, StringComparer.Ordinal);
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

    /// <summary>
    /// A card's body, for its page (no prefix) and for the printable handbook (its id as prefix): parsed and rendered
    /// once for both, with a mark where the prefix goes, which each of them fills in. A body whose text holds the mark
    /// (or how a link writes it) is rendered for each.
    /// </summary>
    public BodyHtml RenderCard(MarkdownBody body, string? idPrefix)
    {
        if (body.RawHtml || body.Source.Contains(PrefixMark) || body.Source.Contains(PrefixMarkInUrl, StringComparison.OrdinalIgnoreCase))
            return Render(body, idPrefix);

        var shared = _shared.GetOrAdd(body, static (body, renderer) => new SharedBody(renderer.Render(body, PrefixMark.ToString())), this);
        var html = new Utf8TemplateOutput();
        html.WriteUtf8(shared.Rendered.Html.Bytes.Span, Encoding.UTF8.GetBytes(idPrefix ?? ""), PrefixMarkBytes, PrefixMarkInUrlBytes);
        var contents = shared.Rendered.Contents.Select(c => c with { Url = c.Url.Replace(PrefixMark.ToString(), idPrefix ?? "", StringComparison.Ordinal) }).ToList();
        // The card page and the printable handbook each ask once; then nothing needs it any more.
        if (Interlocked.Increment(ref shared.Uses) == 2) _shared.TryRemove(body, out _);
        return new BodyHtml(html, contents);
    }

    /// <param name="idPrefix">Prefixes every heading id and in-page link, so many bodies can share one page (the printable handbook).</param>
    public BodyHtml Render(MarkdownBody body, string? idPrefix = null)
    {
        var (document, inlines) = MarkdownBodyParser.Reparse(body);
        foreach (var (inline, link) in inlines.Zip(body.Links)) inline.Url = SiteUrl(link);

        var html = new Utf8TemplateOutput();
        using var raw = body.RawHtml ? new StringWriter(CultureInfo.InvariantCulture) : null;
        var renderer = new HtmlRenderer(raw ?? (TextWriter)new Utf8OutputWriter(html));
        MarkdownBodyParser.PipelineOf(body).Setup(renderer);
        renderer.ObjectRenderers.Replace<ParagraphRenderer>(new TaskLabelParagraphRenderer());
        if (idPrefix is not null)
        {
            renderer.ObjectRenderers.Replace<HeadingRenderer>(new PrefixedHeadingRenderer(idPrefix));
            renderer.LinkRewriter = url => url.StartsWith('#') ? "#" + idPrefix + url[1..] : url;
        }

        renderer.Render(document);
        if (raw is not null) html.Write(BodyHtmlSanitizer.Clean(raw.ToString()));
        var contents = document.Descendants<HeadingBlock>()
            .Where(h => h.Level == 2 && h.TryGetAttributes()?.Id is not null)
            .Select(h => new LinkView(PlainText(h), "#" + idPrefix + h.TryGetAttributes()!.Id))
            .ToList();
        return new BodyHtml(html, contents);
    }

    private string SiteUrl(BodyLink link)
    {
        var url = _urlBySource.TryGetValue(link.TargetPath!, out var page) ? page : _urls.File(link.TargetPath!);
        return link.Fragment is null ? url : $"{url}#{link.Fragment}";
    }

    /// <summary>What a reader sees of a heading: its text without markup, entities decoded.</summary>
    private static string PlainText(HeadingBlock heading)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(text) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        MarkdownBodyParser.Pipeline.Setup(renderer);
        renderer.WriteLeafInline(heading);
        return text.ToString().Trim();
    }

    private sealed class SharedBody
    {
        public int Uses;

        public SharedBody(BodyHtml rendered)
        {
            // Kept until its second use, which may come thousands of cards later (the printable handbook is made first).
            rendered.Html.Compact();
            Rendered = rendered;
        }

        public BodyHtml Rendered { get; }
    }

    private IEnumerable<MarkdownBody> Bodies() =>
        _handbook.Cards.Select(c => c.Body).Concat(_handbook.Pages.Select(p => p.Body));
}
