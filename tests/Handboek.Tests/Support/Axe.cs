using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Handboek.Tests.Support;

/// <summary>
/// Runs axe's WCAG 2.1 A and AA rules on one page of a served site, in the light or the dark colour scheme, and
/// checks reflow (WCAG 1.4.10, which axe does not test): at 320 px nothing makes the page scroll sideways.
/// </summary>
public static class Axe
{
    /// <summary>Each page at 320 px in the light colour scheme (reflow) and at 1280 px in the dark one.</summary>
    public static TheoryData<string, int, bool> LightNarrowAndDarkWide(params string[] paths)
    {
        var pages = new TheoryData<string, int, bool>();
        foreach (var path in paths)
        {
            pages.Add(path, 320, false);
            pages.Add(path, 1280, true);
        }

        return pages;
    }

    public static async Task AssertNoViolations(BrowserFixture browser, string baseUrl, string path, int width, bool dark = false)
    {
        var page = await browser.NewPageAsync(width, dark: dark);
        await page.GotoAsync(baseUrl + path);
        if (path.StartsWith("zoeken", StringComparison.Ordinal)) await page.Locator(".zoekresultaten li").First.WaitForAsync();

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")));
        if (width <= 320)
        {
            // The widest element names the culprit when the page does scroll sideways.
            var wider = await page.EvaluateAsync<string>("""
                () => document.documentElement.scrollWidth <= document.documentElement.clientWidth ? "" :
                  [...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .map(e => e.tagName.toLowerCase() + (e.className ? "." + e.className : "")).slice(-3).join(", ")
                """);
            Assert.True(wider == "", $"{path} scrolls sideways at {width} px: {wider}");
        }
    }
}
