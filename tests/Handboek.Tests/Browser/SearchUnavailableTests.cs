using Handboek.Search;
using Handboek.Tests.Support;

namespace Handboek.Tests.Browser;

/// <summary>The search page of a site built without Pagefind tells readers search is unavailable.</summary>
[Trait("Category", "Browser")]
public sealed class SearchUnavailableTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_search_page_of_a_site_without_index_says_search_is_unavailable()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        using var built = new BuiltSite(input.Path, search: false);
        using var server = new StaticSiteServer(built.Dir);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.BaseUrl + "zoeken/?q=schoolgids");
        await page.Locator("#zoek-niet-beschikbaar").WaitForAsync();

        Assert.Contains("niet beschikbaar", await page.Locator("#zoek-niet-beschikbaar").TextContentAsync());
        Assert.False(await page.Locator("div[data-pagefind]").IsVisibleAsync());
    }
}
