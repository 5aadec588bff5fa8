using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>/zoeken/: results and filters, driven in the browser by the Pagefind index.</summary>
public sealed class SearchPageOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var page = new PageView("Zoeken", site.Urls.Search, $"Zoek in het kwaliteitshandboek van {site.Handbook.Settings.Name}.", "zoeken");
        yield return new OutputFile(site.Urls.OutputPathOf(page.Url), () => site.Pages.Render("zoeken", page, "zoeken", new SearchView(site.Urls.File("pagefind/pagefind.js"), site.Urls.File(SearchWordsOutput.Path))), OutputFile.NoCards);
    }
}
