using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Handboek.Markdown;

/// <summary>
/// Renders headings with their generated id prefixed, so the bodies of many cards can share one page (the printable
/// handbook) without two headings having the same id. The document itself is not changed: other threads render it too.
/// </summary>
public sealed class PrefixedHeadingRenderer(string prefix) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + heading.Level.ToString(CultureInfo.InvariantCulture);
        var attributes = new HtmlAttributes();
        heading.TryGetAttributes()?.CopyTo(attributes);
        if (attributes.Id is not null) attributes.Id = prefix + attributes.Id;

        renderer.Write('<').Write(tag).WriteAttributes(attributes).Write('>');
        renderer.WriteLeafInline(heading);
        renderer.Write("</").Write(tag).WriteLine(">");
        renderer.EnsureLine();
    }
}
