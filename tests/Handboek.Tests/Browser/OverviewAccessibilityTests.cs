using Handboek.Tests.Site;
using Handboek.Tests.Support;

namespace Handboek.Tests.Browser;

/// <summary>WCAG 2.1 A and AA on the large pages: calendars, the poster, the matrices and the printable handbook.</summary>
[Trait("Category", "Browser")]
public sealed class OverviewAccessibilityTests(BrowserFixture browser, ExampleHandbookFixture example) : ExampleSiteBrowserTest(browser, example)
{
    public static TheoryData<string, int, bool> Pages() => Axe.LightNarrowAndDarkWide(
        "kalender/",
        "kalender/bestuur/",
        "kalender/poster/",
        "scholen/de-brug/kalender/",
        "scholen/de-brug/rollen/leerkracht/kalender/",
        "rollen/leerkracht/kalender/",
        "rollen/",
        "rollen/medezeggenschap/",
        "inspectiekader/",
        "inspectiekader/OP1/",
        "wetten/",
        "verplichtingen/",
        "onderhoud/",
        "afdrukken/");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Has_no_WCAG_2_1_A_or_AA_violations(string path, int width, bool dark) =>
        await Axe.AssertNoViolations(Browser, Server.BaseUrl, path, width, dark);
}
