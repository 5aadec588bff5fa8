using Handboek.Search;
using Handboek.Tests.Support;

namespace Handboek.Tests.Browser;

/// <summary>A build without Pagefind still works, says so, and its search page tells readers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchUnavailableTests(BrowserFixture browser)
{
    [Fact]
    public void Without_pagefind_the_build_succeeds_and_says_how_to_enable_search()
    {
        using var site = new TempFolder();

        var outcome = PagefindIndexer.Index(site.Path, pagefind: null);

        Assert.False(outcome.Indexed);
        Assert.False(outcome.Failed);
        Assert.Contains("zoeken overgeslagen", outcome.Message);
        Assert.Contains("npm ci", outcome.Message);
    }

    [Fact]
    public void A_failing_indexer_is_reported_as_a_failure()
    {
        using var site = new TempFolder();

        var outcome = PagefindIndexer.Index(site.Path, "/bin/false");

        Assert.True(outcome.Failed);
        Assert.Contains("exitcode 1", outcome.Message);
    }

    [Fact]
    public async Task The_search_page_of_a_site_without_index_says_search_is_unavailable()
    {
        using var input = new TempFolder().CopyFrom(Path.Combine(RepoPaths.Specs, "basis"));
        using var built = new BuiltSite(input.Path, search: false);
        using var server = new StaticSiteServer(built.Dir);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.BaseUrl + "zoeken/?q=schoolgids");
        await page.Locator("#zoek-niet-beschikbaar").WaitForAsync();

        Assert.Contains("niet beschikbaar", await page.Locator("#zoek-niet-beschikbaar").TextContentAsync());
        Assert.False(await page.Locator("div[data-pagefind]").IsVisibleAsync());
    }
}
