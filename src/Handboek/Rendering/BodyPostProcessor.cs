using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Handboek.Rendering;

/// <summary>A rendered body and its "Op deze pagina" entries.</summary>
public sealed record BodyHtml(string Html, IReadOnlyList<LinkView> Inhoud);

/// <summary>
/// Finishes the HTML Markdig produces: labels the checkboxes of task lists so screen readers announce
/// their text, and collects the second-level headings for the table of contents.
/// </summary>
public static class BodyPostProcessor
{
    private static readonly HtmlParser Parser = new();

    /// <param name="idPrefix">Prefixes every id and in-page link, so many bodies can share one page (the printable handbook).</param>
    public static BodyHtml Process(string html, string? idPrefix = null)
    {
        var document = Parser.ParseDocument("<!doctype html><html><body>" + html + "</body></html>");
        var body = document.Body!;

        foreach (var box in body.QuerySelectorAll("li.task-list-item > input[type=checkbox]").ToList())
            LabelTaskItem(document, box);

        if (idPrefix is not null) PrefixIds(body, idPrefix);

        var headings = body.QuerySelectorAll("h2[id]")
            .Select(h => new LinkView(h.TextContent.Trim(), "#" + h.Id))
            .ToList();
        return new BodyHtml(body.InnerHtml, headings);
    }

    private static void PrefixIds(IElement body, string prefix)
    {
        foreach (var element in body.QuerySelectorAll("[id]")) element.Id = prefix + element.Id;
        foreach (var link in body.QuerySelectorAll("a[href^='#']"))
            link.SetAttribute("href", "#" + prefix + link.GetAttribute("href")![1..]);
    }

    private static void LabelTaskItem(IDocument document, IElement box)
    {
        var label = document.CreateElement("label");
        box.Parent!.InsertBefore(label, box);
        for (var node = (INode?)box; node is not null && node is not IElement { LocalName: "ul" or "ol" };)
        {
            var next = node.NextSibling;
            label.AppendChild(node);
            node = next;
        }
    }
}
