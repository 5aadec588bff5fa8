using Handboek.Text;
using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>/afdrukken/: the whole handbook as one document, so "Print to PDF" gives the complete handbook.</summary>
public sealed class PrintBookOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var handbook = site.Handbook;
        var page = new PageView("Het hele handboek afdrukken", site.Urls.PrintBook,
            $"Alle kwaliteitskaarten van {handbook.Settings.Name} in één document, om af te drukken of als PDF te bewaren.", "boek");
        yield return new OutputFile(site.Urls.OutputPathOf(page.Url), () => Render(site, page));
    }

    private static FileContent Render(SiteContext site, PageView page)
    {
        var handbook = site.Handbook;
        var chapters = handbook.Categories.Select(group => new PrintBookChapter(
            group.Category.Id,
            group.Category.Name,
            group.Cards.Select(card => site.Cards.Create(card, idPrefix: card.Id + "-")))).ToList();
        var view = new PrintBookView(handbook.Settings.Name, handbook.Settings.SchoolYear.ToString(), chapters);
        return site.Pages.Render("afdrukken", page, "boek", view);
    }
}
