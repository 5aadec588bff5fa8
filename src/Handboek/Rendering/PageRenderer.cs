using Handboek.Text;
using Scriban.Runtime;

namespace Handboek.Rendering;

/// <summary>
/// Renders page templates into the base layout, and fragments many pages share. Thread-safe: no two renders use one
/// template context at the same time.
/// </summary>
public sealed class PageRenderer
{
    private readonly Theme _theme;
    private readonly SiteView _site;
    private readonly FragmentCache _fragments;

    public PageRenderer(Theme theme, SiteView site, BodyRenderer bodies)
    {
        _theme = theme;
        _site = site;
        _fragments = new FragmentCache(RenderFragment, bodies);
    }

    /// <param name="layout">Template name under layouts/, without extension.</param>
    /// <param name="page">Title and URL of the page, for the layout.</param>
    /// <param name="model">The page's own object, exposed to the template under <paramref name="modelName"/>.</param>
    /// <returns>The page as UTF-8 with LF line ends.</returns>
    public FileContent Render(string layout, PageView page, string modelName, object model)
    {
        var globals = new ScriptObject
        {
            ["site"] = _site,
            ["pagina"] = page,
            [modelName] = model,
        };
        return _theme.WithContext(globals, _fragments, context =>
        {
            var content = _theme.Render($"layouts/{layout}.html", context);
            globals["inhoud"] = content;
            var page = _theme.Render("layouts/basis.html", context);
            // The content is in this page only, so its chunks go back to the pool with the page's once it is written.
            page.Adopt(content);
            return page.Content();
        });
    }

    /// <summary>A page that is a whole document of its own, without the base layout: the form editor takes the screen.</summary>
    public FileContent RenderDocument(string layout, PageView page, string modelName, object model)
    {
        var globals = new ScriptObject
        {
            ["site"] = _site,
            ["pagina"] = page,
            [modelName] = model,
        };
        return _theme.WithContext(globals, _fragments, context => _theme.Render($"layouts/{layout}.html", context).Content());
    }

    /// <summary>
    /// Renders a partial whose output many pages show (the caller keeps it), so it sees only <c>site</c> and its own
    /// object, never the page.
    /// </summary>
    public Utf8TemplateOutput RenderFragment(string partial, string modelName, object model)
    {
        return _theme.WithContext(
            new ScriptObject { ["site"] = _site, [modelName] = model },
            _fragments,
            context =>
            {
                var fragment = _theme.Render($"partials/{partial}.html", context);
                fragment.Compact();
                return fragment;
            });
    }
}
