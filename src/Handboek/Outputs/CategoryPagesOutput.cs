using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>/categorieen/&lt;id&gt;/: the cards of one category.</summary>
public sealed class CategoryPagesOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site) =>
        site.Handbook.Categories.Select(group => new OutputFile(site.Urls.OutputPathOf(site.Urls.Category(group.Category.Id)), () =>
        {
            var view = View(site, group.Category, group.Cards);
            var page = new PageView(view.Name, view.Url, $"{view.Cards.Count} {(view.Cards.Count == 1 ? "kwaliteitskaart" : "kwaliteitskaarten")} in de categorie {view.Name}");
            return site.Pages.Render("categorie", page, "categorie", view);
        }, group.Cards.Select(c => c.Id).ToHashSet(StringComparer.Ordinal)));

    internal static CategoryView View(SiteContext site, Model.Category category, IReadOnlyList<Model.Card> cards) =>
        new(category.Name, site.Urls.Category(category.Id), cards.Select(site.Cards.Link).ToList());
}
