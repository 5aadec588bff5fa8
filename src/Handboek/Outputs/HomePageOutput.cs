using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>The home page: the board's name and every category with its cards.</summary>
public sealed class HomePageOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        yield return new OutputFile("index.html", () =>
        {
            var handbook = site.Handbook;
            var view = new HomeView(
                handbook.Categories.Select(g => CategoryPagesOutput.View(site, g.Category, g.Cards)).ToList(),
                handbook.Cards.Count,
                handbook.Pages.Select(p => new LinkView(p.Title, site.Urls.Page(p.Id), p.Summary)).ToList());
            var page = new PageView("Kwaliteitshandboek", site.Urls.Home,
                $"Het kwaliteitshandboek van {handbook.Settings.Name}: wie doet wat, wanneer en waarom.");
            return site.Pages.Render("home", page, "home", view);
        });
    }
}
