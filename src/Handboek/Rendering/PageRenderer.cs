using Scriban.Runtime;

namespace Handboek.Rendering;

/// <summary>
/// Renders page templates into the base layout, and fragments many pages share. Thread-safe: no two renders use one
/// template context at the same time.
/// </summary>
public sealed class PageRenderer(Theme theme, SiteView site)
{
    /// <param name="layout">Template name under layouts/, without extension.</param>
    /// <param name="page">Title and URL of the page, for the layout.</param>
    /// <param name="model">The page's own object, exposed to the template under <paramref name="modelName"/>.</param>
    /// <returns>The page as UTF-8 with LF line ends.</returns>
    public byte[] Render(string layout, PageView page, string modelName, object model)
    {
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["pagina"] = page,
            [modelName] = model,
        };
        return theme.WithContext(globals, context =>
        {
            globals["inhoud"] = theme.Render($"layouts/{layout}.html", context);
            return theme.Render("layouts/basis.html", context).ToArray();
        });
    }

    /// <summary>
    /// Renders a partial whose output many pages show (the caller keeps it), so it sees only <c>site</c> and its own
    /// object, never the page.
    /// </summary>
    public Utf8TemplateOutput RenderFragment(string partial, string modelName, object model)
    {
        return theme.WithContext(
            new ScriptObject { ["site"] = site, [modelName] = model },
            context => theme.Render($"partials/{partial}.html", context));
    }
}
