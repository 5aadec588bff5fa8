using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Handboek.Tests.Support;

/// <summary>Runs axe's WCAG 2.1 A and AA rules on one page of a served site.</summary>
public static class Axe
{
    public static async Task AssertNoViolations(BrowserFixture browser, string baseUrl, string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync(baseUrl + path);
        if (path.StartsWith("zoeken", StringComparison.Ordinal)) await page.Locator(".zoekresultaten li").First.WaitForAsync();

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")));
    }
}
