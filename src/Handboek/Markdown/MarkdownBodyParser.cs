using Handboek.Diagnostics;
using Handboek.Model;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Handboek.Markdown;

/// <summary>Parses card and page bodies and finds the relative links in them.</summary>
public static class MarkdownBodyParser
{
    /// <summary>CommonMark plus the extensions of the input contract; shared because a pipeline is immutable.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    /// <param name="inputDir">Full path of the input folder; links that leave it are kept with a null target.</param>
    /// <param name="file">Full path of the Markdown file.</param>
    public static MarkdownBody Parse(string body, int firstLine, string inputDir, string file)
    {
        var links = RelativeLinks(Markdig.Markdown.Parse(body, Pipeline))
            .Select(link => Resolve(link, firstLine, inputDir, file))
            .ToList();
        return new MarkdownBody(body, links);
    }

    /// <summary>Parses a body again, for rendering; the parse is the same, so its relative links match <see cref="MarkdownBody.Links"/> one to one.</summary>
    public static (MarkdownDocument Document, IReadOnlyList<LinkInline> Links) Reparse(MarkdownBody body)
    {
        var document = Markdig.Markdown.Parse(body.Source, Pipeline);
        return (document, RelativeLinks(document).ToList());
    }

    private static IEnumerable<LinkInline> RelativeLinks(MarkdownDocument document) =>
        document.Descendants<LinkInline>().Where(link => IsRelative(link.Url));

    private static BodyLink Resolve(LinkInline link, int firstLine, string inputDir, string file)
    {
        var written = link.Url!;
        var hash = written.IndexOf('#');
        var path = Uri.UnescapeDataString(hash < 0 ? written : written[..hash]);
        var fragment = hash < 0 ? null : written[(hash + 1)..];
        var at = new SourceLocation(file, firstLine + link.Line, link.Column + 1);

        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
        var relative = Path.GetRelativePath(inputDir, full).Replace('\\', '/');
        var inside = !relative.StartsWith("../", StringComparison.Ordinal) && relative != ".." && !Path.IsPathRooted(relative);
        return new BodyLink(link.IsImage, written, inside ? relative : null, fragment, at);
    }

    /// <summary>A path within the repository, as opposed to a web address, a site-root path or an in-page anchor.</summary>
    private static bool IsRelative(string? url) =>
        !string.IsNullOrEmpty(url)
        && !url.StartsWith('#')
        && !url.StartsWith('/')
        && !Uri.TryCreate(url, UriKind.Absolute, out _)
        && !url.Contains(':');
}
