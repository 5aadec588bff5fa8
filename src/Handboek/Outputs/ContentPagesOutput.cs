using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>/paginas/&lt;id&gt;/: the free-standing pages from input/paginas.</summary>
public sealed class ContentPagesOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site) =>
        site.Handbook.Pages.Select(p =>
        {
            var url = site.Urls.Page(p.Id);
            return new OutputFile(site.Urls.OutputPathOf(url), () =>
            {
                var view = new ContentPageView(p.Title, p.Summary, site.Bodies.Render(p.Body).Html);
                return site.Pages.Render("pagina", new PageView(p.Title, url, p.Summary), "inhoudspagina", view);
            });
        });
}
