using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Handboek.Markdown;

/// <summary>
/// Renders the paragraph of a task-list item with its checkbox and text inside one <c>&lt;label&gt;</c>, so a screen
/// reader announces what the checkbox is for; other paragraphs render as usual.
/// </summary>
public sealed class TaskLabelParagraphRenderer : ParagraphRenderer
{
    // The parameter keeps Markdig's name, obj: the paragraph.
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (obj.Inline?.FirstChild is not TaskList || !renderer.EnableHtmlForBlock)
        {
            base.Write(renderer, obj);
            return;
        }

        // As ParagraphRenderer, with the label inside the optional <p>: tight lists render no <p>.
        if (!renderer.ImplicitParagraph)
        {
            if (!renderer.IsFirstInContainer) renderer.EnsureLine();
            renderer.Write("<p").WriteAttributes(obj).Write('>');
        }

        renderer.Write("<label>");
        renderer.WriteLeafInline(obj);
        renderer.Write("</label>");
        if (!renderer.ImplicitParagraph)
        {
            renderer.WriteLine("</p>");
            renderer.EnsureLine();
        }
    }
}
