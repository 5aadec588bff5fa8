using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Handboek.Tests.Site;
using Handboek.Tests.Support;

namespace Handboek.Tests.Browser;

/// <summary>
/// WCAG 2.1 A and AA, checked with axe in real Chromium, and the keyboard route to the content. The large pages
/// (calendars, matrices, the printable handbook) are in <see cref="OverviewAccessibilityTests"/>, so the two classes
/// run side by side.
/// </summary>
[Trait("Category", "Browser")]
public sealed class AccessibilityTests(BrowserFixture browser, ExampleHandbookFixture example) : ExampleSiteBrowserTest(browser, example)
{
    /// <summary>Every page type at 320 px in the light scheme and at 1280 px in the dark one (the example has a brand colour).</summary>
    public static TheoryData<string, int, bool> Pages() => Axe.LightNarrowAndDarkWide(
        "",
        "kaarten/schoolplan/",
        "kaarten/basisvaardigheden/",
        "categorieen/onderwijs/",
        "paginas/zo-werkt-dit-handboek/",
        "paginas/zo-werk-je-aan-het-handboek/",
        "rollen/leerkracht/",
        "zoeken/?q=pesten",
        "wijzigingen/",
        "404.html");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Has_no_WCAG_2_1_A_or_AA_violations(string path, int width, bool dark) =>
        await Axe.AssertNoViolations(Browser, Server.BaseUrl, path, width, dark);

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
