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

    [Fact]
    public async Task On_a_phone_the_results_come_first_and_the_filters_wait_behind_a_button()
    {
        var page = await SearchAsync("wie doet het schooladvies", 390);

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "no sideways scrolling");
        var firstResult = await page.Locator(".zoekresultaten li").First.EvaluateAsync<double>("li => li.getBoundingClientRect().top");
        Assert.InRange(firstResult, 0, 844);
        Assert.False(await page.Locator(".zoekfilters fieldset").First.IsVisibleAsync());
        Assert.True(await page.Locator(".zoekfilters-paneel summary").EvaluateAsync<double>("s => s.getBoundingClientRect().top") > firstResult);
        await page.GetByText("Filters", new() { Exact = true }).ClickAsync();
        Assert.True(await page.Locator(".zoekfilters fieldset").First.IsVisibleAsync());
        // The page around the results stays put: no layout shift worth the name (Lighthouse's "good" is below 0.1).
        var shift = await page.EvaluateAsync<double>("""
            () => new Promise(resolve => new PerformanceObserver((list, observer) => {
              observer.disconnect();
              resolve(list.getEntries().filter(e => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
            }).observe({ type: "layout-shift", buffered: true }))
            """);
        Assert.InRange(shift, 0, 0.1);
    }

    [Fact]
    public async Task The_keyboard_reaches_the_first_result_through_the_skip_link_after_the_search_box()
    {
        var page = await SearchAsync("schoolgids");
        await page.Locator("#zoekterm").FocusAsync();

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Direct naar de resultaten", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("/kaarten/schoolgids/", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
    }

    [Fact]
    public async Task Filters_count_the_cards_of_the_current_question_and_are_named()
    {
        var page = await SearchAsync("pesten", 1280);

        var counts = await page.Locator(".zoekfilters fieldset").First.Locator("label").AllTextContentsAsync();
        Assert.Contains(counts, c => c.StartsWith("Sociale veiligheid (", StringComparison.Ordinal) && !c.EndsWith("(0)", StringComparison.Ordinal));
        Assert.Contains(counts, c => c.EndsWith("(0)", StringComparison.Ordinal));
        var standards = await page.Locator("fieldset", new() { Has = page.Locator("legend", new() { HasText = "Inspectiekader" }) }).Locator("label").AllTextContentsAsync();
        Assert.NotEmpty(standards);
        Assert.All(standards, s => Assert.Matches(@"^[A-Z]+\d+ \p{L}.* \(\d+\)$", s));
    }

    [Fact]
    public async Task A_question_with_no_card_having_all_its_words_shows_cards_with_some_and_says_so()
    {
        var page = await SearchAsync("schoolgids pesten jaarrekening");

        Assert.StartsWith("Geen kaart bevat alle woorden", await page.Locator(".zoek-verbreed").TextContentAsync());
        var found = await page.Locator(".zoekresultaten li h2 a").EvaluateAllAsync<string[]>("a => a.map(x => x.getAttribute('href'))");
        Assert.Contains("/kaarten/schoolgids/", found);
        Assert.Contains("/kaarten/anti-pestbeleid/", found);
    }

    [Fact]
    public async Task The_index_holds_card_text_without_the_data_panels_labels()
    {
        var page = await SearchAsync("wanneer");

        // "Wanneer" is a column heading on every card and a label in every data panel: none of that is indexed.
        Assert.DoesNotContain("EigenaarDirecteur", await page.Locator(".zoekresultaten").TextContentAsync());
        Assert.InRange(await page.Locator(".zoekresultaten li").CountAsync(), 0, Example.Site.Result.Handbook!.Cards.Count / 2);
    }

    private async Task<IPage> SearchAsync(string query, int width = 1280)
    {
        // Without an index every search would wait for results until it times out; say why at once instead.
        Assert.True(Example.Site.Result.Search?.Indexed == true, $"de zoekindex ontbreekt: {Example.Site.Result.Search?.Message}");
        var page = await Browser.NewPageAsync(width);
        await page.GotoAsync(Server.BaseUrl + "zoeken/?q=" + Uri.EscapeDataString(query));
        await page.Locator(".zoek-status").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("gevonden") }).WaitForAsync();
        return page;
    }
}
