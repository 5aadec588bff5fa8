using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Handboek.Tests.Site;
using Handboek.Tests.Support;

namespace Handboek.Tests.Browser;

/// <summary>WCAG 2.1 A and AA, checked with axe in real Chromium, and the keyboard route to the content.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AccessibilityTests(BrowserFixture browser, ExampleHandbookFixture example) : ExampleSiteBrowserTest(browser, example)
{
    public static TheoryData<string, int> Pages() => new()
    {
        { "", 1280 },
        { "kaarten/schoolplan/", 1280 },
        { "kaarten/schoolplan/", 360 },
        { "kaarten/basisvaardigheden/", 1280 },
        { "categorieen/onderwijs/", 1280 },
        { "paginas/zo-werkt-dit-handboek/", 1280 },
        { "kalender/", 1280 },
        { "kalender/", 360 },
        { "kalender/poster/", 1280 },
        { "scholen/de-brug/kalender/", 1280 },
        { "rollen/", 1280 },
        { "rollen/", 360 },
        { "rollen/medezeggenschap/", 1280 },
        { "rollen/leerkracht/", 1280 },
        { "zoeken/?q=pesten", 1280 },
        { "404.html", 1280 },
        { "afdrukken/", 1280 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Has_no_WCAG_2_1_A_or_AA_violations(string path, int width)
    {
        var page = await Browser.NewPageAsync(width);
        await page.GotoAsync(Server.BaseUrl + path);
        if (path.StartsWith("zoeken", StringComparison.Ordinal)) await page.Locator(".zoekresultaten li").First.WaitForAsync();

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")));
    }

    [Fact]
    public async Task The_keyboard_reaches_the_content_through_the_skip_link_and_the_search_box_right_after()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(Server.BaseUrl + "kaarten/schoolplan/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Direct naar de inhoud", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.True(await page.Locator(".overslaan").IsVisibleAsync(), "the skip link shows when focused");

        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('main').contains(document.activeElement)"), "after the skip link, Tab continues in the main content");

        await page.GotoAsync(Server.BaseUrl + "kaarten/schoolplan/");
        var reached = false;
        for (var i = 0; i < 4 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("document.activeElement.id === 'zoek-kop'");
        }

        Assert.True(reached, "the search box is among the first stops");
        await page.Keyboard.TypeAsync("pesten");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/zoeken/?q=pesten");
    }
}
