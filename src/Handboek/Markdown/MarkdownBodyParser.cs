using Handboek.Diagnostics;
using Handboek.Model;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Handboek.Markdown;

/// <summary>Parses card and page bodies and finds the relative links in them.</summary>
public static partial class MarkdownBodyParser
{
    /// <summary>
    /// CommonMark plus the extensions of the input contract, with HTML shown as text: a pull request must not be able to
    /// put a script or a form on the site. Shared because a pipeline is immutable.
    /// </summary>
    public static readonly MarkdownPipeline Pipeline = Builder().DisableHtml().Build();

    /// <summary>The same with HTML passed through, for <c>html_toestaan: ja</c>; the renderer sanitizes what it gives.</summary>
    private static readonly MarkdownPipeline HtmlPipeline = Builder().Build();

    private static MarkdownPipelineBuilder Builder() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub);

    /// <param name="inputDir">Full path of the input folder; links that leave it are kept with a null target.</param>
    /// <param name="file">Full path of the Markdown file.</param>
    /// <param name="rawHtml">Whether the handbook allows HTML in bodies (<c>html_toestaan</c>).</param>
    public static MarkdownBody Parse(string body, int firstLine, string inputDir, string file, bool rawHtml, DiagnosticBag diagnostics)
    {
        MarkdownDocument? document;
        try
        {
            document = Markdig.Markdown.Parse(body, PipelineFor(rawHtml));
        }
        catch (ArgumentException)
        {
            // Markdig's own limit, reached long before its recursion could overflow the stack.
            document = null;
        }

        if (document is null || Depth(document) > MaxDepth)
        {
            // Rendering recurses as deep as the tree: too deep would fail when the page renders, far from this file.
            diagnostics.Error(new SourceLocation(file, firstLine, 1),
                $"de tekst is te diep genest (meer dan {MaxDepth} lijsten, citaten, haken of nadruk in elkaar); zo diep leest niemand, maak het platter");
            return new MarkdownBody("", [], rawHtml);
        }

        if (!rawHtml && body.Contains('<') && FirstHtmlTag(document) is { } tag)
        {
            diagnostics.Warning(new SourceLocation(file, firstLine + tag.Literal.Line, tag.Literal.Column + tag.Offset + 1),
                "deze tekst bevat HTML; die wordt als gewone tekst getoond. Wil je HTML gebruiken, zet dan 'html_toestaan: ja' " +
                "in handboek.yml (scripts, iframes en andere actieve inhoud worden dan nog steeds weggehaald)");
        }

        var links = RelativeLinks(document).Select(link => Resolve(link, firstLine, inputDir, file)).ToList();
        return new MarkdownBody(body, links, rawHtml);
    }

    /// <summary>Far deeper than any text a person writes; well below where Markdig's renderer stops.</summary>
    public const int MaxDepth = 64;

    /// <summary>How deep blocks and inlines nest, found without recursion (the tree may be deeper than the stack).</summary>
    private static int Depth(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            if (deepest > MaxDepth) break;
            switch (item.Node)
            {
                case ContainerBlock container:
                    foreach (var child in container) pending.Push((child, item.Depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, item.Depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling) pending.Push((child, item.Depth + 1));
                    break;
            }
        }

        return deepest;
    }

    /// <summary>Parses a body again, for rendering; the parse is the same, so its relative links match <see cref="MarkdownBody.Links"/> one to one.</summary>
    public static (MarkdownDocument Document, IReadOnlyList<LinkInline> Links) Reparse(MarkdownBody body)
    {
        var document = Markdig.Markdown.Parse(body.Source, PipelineOf(body));
        return (document, RelativeLinks(document).ToList());
    }

    public static MarkdownPipeline PipelineOf(MarkdownBody body) => PipelineFor(body.RawHtml);

    private static MarkdownPipeline PipelineFor(bool rawHtml) => rawHtml ? HtmlPipeline : Pipeline;

    /// <summary>Text that would have been an HTML tag had HTML been allowed: since HTML became text, boards that used it get told.</summary>
    private static (LiteralInline Literal, int Offset)? FirstHtmlTag(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            foreach (var match in HtmlTag().EnumerateMatches(literal.Content.AsSpan())) return (literal, match.Index);
        }

        return null;
    }

    [GeneratedRegex(@"<(/?[A-Za-z][A-Za-z0-9-]*[\s/>]|!--)")]
    private static partial Regex HtmlTag();

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
