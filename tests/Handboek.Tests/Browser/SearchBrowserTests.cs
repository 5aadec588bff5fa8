using Handboek.Tests.Site;
using Handboek.Tests.Support;
using Microsoft.Playwright;

namespace Handboek.Tests.Browser;

/// <summary>Search over the example handbook in real Chromium, as staff use it.</summary>
[Trait("Category", "Browser")]
public sealed class SearchBrowserTests(BrowserFixture browser, ExampleHandbookFixture example) : ExampleSiteBrowserTest(browser, example)
{
    /// <summary>Every row of Specs/zoeken.md: a question as staff type it and the card that must be in the top 3.</summary>
    public static TheoryData<string, string> Questions()
    {
        var rows = new TheoryData<string, string>();
        foreach (var row in SpecFile.Read("zoeken.md").SelectMany(s => s.TableRows).Where(r => r[0] != "vraag")) rows.Add(row[0], row[1]);
        return rows;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task The_expected_card_is_in_the_top_3(string query, string card)
    {
        var page = await SearchAsync(query);

        var top = await page.Locator(".zoekresultaten li h2 a").EvaluateAllAsync<string[]>("a => a.slice(0, 3).map(x => x.getAttribute('href'))");
        Assert.True(top.Contains($"/kaarten/{card}/"), $"eerste drie voor \"{query}\": {string.Join(", ", top)}");
    }

    [Fact]
    public async Task Pesten_finds_the_social_safety_card_first_with_the_match_highlighted()
    {
        var page = await SearchAsync("pesten");

        Assert.Equal("/kaarten/anti-pestbeleid/", await page.Locator(".zoekresultaten li h2 a").First.GetAttributeAsync("href"));
        Assert.Contains("pest", (await page.Locator(".zoekresultaten li").First.Locator("mark").First.TextContentAsync())!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Sociale veiligheid", await page.Locator(".zoekresultaten li").First.Locator(".categorie").TextContentAsync());
    }

    [Fact]
    public async Task A_role_filter_leaves_only_cards_that_role_has_a_part_in()
    {
        var page = await SearchAsync("schoolgids");
        var before = await page.Locator(".zoekresultaten li").CountAsync();

        await page.GetByLabel("Directeur (", new() { Exact = false }).First.CheckAsync();
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('rol') === 'Directeur'");
        await page.WaitForTimeoutAsync(300);

        var urls = await page.Locator(".zoekresultaten li h2 a").EvaluateAllAsync<string[]>("a => a.map(x => x.getAttribute('href'))");
        Assert.InRange(urls.Length, 1, before);
        var directeurCards = Example.Site.Result.Handbook!.Cards
            .Where(c => Handboek.Responsibilities.ResponsibilityMatrix.Assignments(c).Any(a => a.Role == "directeur"))
            .Select(c => $"/kaarten/{c.Id}/")
            .ToHashSet();
        Assert.All(urls, u => Assert.Contains(u, directeurCards));
    }

    [Fact]
    public async Task The_header_search_box_leads_to_a_shareable_results_page()
    {
        var page = await Browser.NewPageAsync(390, 800);
        await page.GotoAsync(Server.BaseUrl + "kaarten/schoolplan/");
        await page.GetByLabel("Zoek in het handboek").First.FillAsync("meldcode");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/zoeken/?q=meldcode");
        await page.Locator(".zoekresultaten li").First.WaitForAsync();

        Assert.Equal("/kaarten/meldcode/", await page.Locator(".zoekresultaten li h2 a").First.GetAttributeAsync("href"));
        Assert.Matches(@"^\d+ kaart(en)? gevonden voor ""meldcode""$", await page.Locator(".zoek-status").TextContentAsync());
    }

    private async Task<IPage> SearchAsync(string query)
    {
        // Without an index every search would wait for results until it times out; say why at once instead.
        Assert.True(Example.Site.Result.Search?.Indexed == true, $"de zoekindex ontbreekt: {Example.Site.Result.Search?.Message}");
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(Server.BaseUrl + "zoeken/?q=" + Uri.EscapeDataString(query));
        await page.Locator(".zoek-status").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("gevonden") }).WaitForAsync();
        return page;
    }
}
