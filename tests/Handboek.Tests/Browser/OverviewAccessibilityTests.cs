using Handboek.Tests.Site;
using Handboek.Tests.Support;

namespace Handboek.Tests.Browser;

/// <summary>WCAG 2.1 A and AA on the large pages: calendars, the poster, the matrices and the printable handbook.</summary>
[Trait("Category", "Browser")]
public sealed class OverviewAccessibilityTests(BrowserFixture browser, ExampleHandbookFixture example) : ExampleSiteBrowserTest(browser, example)
{
    public static TheoryData<string, int> Pages() => new()
    {
        { "kalender/", 1280 },
        { "kalender/", 360 },
        { "kalender/poster/", 1280 },
        { "scholen/de-brug/kalender/", 1280 },
        { "scholen/de-brug/rollen/leerkracht/kalender/", 320 },
        { "scholen/de-brug/rollen/leerkracht/kalender/", 1280 },
        { "rollen/", 1280 },
        { "rollen/", 360 },
        { "rollen/medezeggenschap/", 1280 },
        { "afdrukken/", 1280 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Has_no_WCAG_2_1_A_or_AA_violations(string path, int width) =>
        await Axe.AssertNoViolations(Browser, Server.BaseUrl, path, width);
}
