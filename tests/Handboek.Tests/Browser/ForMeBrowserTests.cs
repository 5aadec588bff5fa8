using System.Text.Json;
using Handboek.Tests.Calendar;
using Handboek.Tests.Site;
using Handboek.Tests.Support;
using Microsoft.Playwright;

namespace Handboek.Tests.Browser;

/// <summary>
/// "Voor mij" on the home page, as a teacher uses it on her phone: she picks her role and school once and from then on
/// sees what is due for her this month and next. The browser's clock is fixed, as the page takes today from it.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ForMeBrowserTests(BrowserFixture browser, ExampleHandbookFixture example) : ExampleSiteBrowserTest(browser, example)
{
    private static readonly DateTime Today = new(2026, 12, 7, 9, 0, 0);

    [Fact]
    public async Task A_teacher_picks_her_role_and_school_once_and_sees_her_month_on_the_first_screen()
    {
        var page = await PhoneAsync();
        await page.GotoAsync(Server.BaseUrl);
        Assert.Equal("Deze maand voor iedereen: december 2026", await page.Locator(".voor-mij-maand h3").First.TextContentAsync());

        await page.GetByLabel("Ik ben").SelectOptionAsync(new SelectOptionValue { Label = "Leerkracht" });
        await page.GetByLabel("bij", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "SBO De Brug" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon mijn planning" }).ClickAsync();

        var heading = page.Locator(".voor-mij-maand h3", new() { HasText = "Deze maand: december 2026" });
        await heading.WaitForAsync();
        var first = page.Locator(".voor-mij-maand").First.Locator("li.moment").First;
        Assert.InRange(await first.EvaluateAsync<double>("li => li.getBoundingClientRect().bottom"), 0, 844);
        Assert.Equal(Expected("2026-12-01", "2026-12-31"), await Shown(page, 0));
        Assert.Equal(Expected("2027-01-01", "2027-01-31"), await Shown(page, 1));
        Assert.Contains("ter informatie", await page.Locator(".voor-mij").TextContentAsync());
        Assert.Equal("/scholen/de-brug/rollen/leerkracht/kalender/", await page.GetByRole(AriaRole.Link, new() { Name = "Mijn kalender voor het hele jaar" }).GetAttributeAsync("href"));
        Assert.StartsWith("webcal://", await page.GetByRole(AriaRole.Link, new() { Name = "Abonneren in je agenda" }).GetAttributeAsync("href"));

        // Remembered in this browser only, shown in the header on every page, and changeable there.
        await page.ReloadAsync();
        await heading.WaitForAsync();
        Assert.False(await page.Locator(".voor-mij-keuze").IsVisibleAsync());
        await page.GotoAsync(Server.BaseUrl + "kaarten/schoolgids/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        var link = page.Locator(".voor-mij-link");
        Assert.Equal("Voor mij: Leerkracht, SBO De Brug", await link.TextContentAsync());
        await link.ClickAsync();
        await page.Locator(".voor-mij-keuze").WaitForAsync();
        Assert.Empty(await page.Context.CookiesAsync());
    }

    [Fact]
    public async Task The_phone_header_folds_its_links_behind_a_menu_button()
    {
        var page = await PhoneAsync();
        await page.GotoAsync(Server.BaseUrl + "kaarten/schoolgids/");
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });

        Assert.InRange(await page.Locator(".kop").EvaluateAsync<double>("h => h.getBoundingClientRect().height"), 0, 140);
        Assert.False(await page.GetByRole(AriaRole.Link, new() { Name = "Wie doet wat" }).IsVisibleAsync());
        await menu.ClickAsync();
        Assert.Equal("true", await menu.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Wie doet wat" }).IsVisibleAsync());

        var wide = await Browser.NewPageAsync(1280);
        await wide.GotoAsync(Server.BaseUrl + "kaarten/schoolgids/");
        Assert.False(await wide.GetByRole(AriaRole.Button, new() { Name = "Menu" }).IsVisibleAsync());
        Assert.True(await wide.GetByRole(AriaRole.Link, new() { Name = "Wie doet wat" }).IsVisibleAsync());
    }

    [Fact]
    public async Task On_a_generated_handbook_deadlines_come_first_with_the_days_left()
    {
        using var input = CalendarInput.Create().Write("kaarten/onderwijs/december.md", """
            ---
            titel: Decemberkaart
            niveau: school
            eigenaar: directeur
            verantwoordelijke_rol: directeur
            kalendermoment:
              - wanneer: 1 december
                wat: Al voorbij
              - wanneer: december
                wat: Hele maand
              - wanneer: uiterlijk 18 december
                wat: Inleveren
              - wanneer: 15 januari
                wat: In januari
            ---
            """);
        using var site = new BuiltSite(input.Path);
        using var server = new StaticSiteServer(site.Dir);
        var page = await PhoneAsync();
        await page.GotoAsync(server.BaseUrl);
        await page.GetByLabel("Ik ben").SelectOptionAsync("directeur");
        await page.GetByLabel("bij", new() { Exact = true }).SelectOptionAsync("noorderlicht");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon mijn planning" }).ClickAsync();
        await page.Locator(".voor-mij-maand h3", new() { HasText = "Deze maand" }).WaitForAsync();

        var december = await page.Locator(".voor-mij-maand").Nth(0).Locator("li.moment").AllTextContentsAsync();
        Assert.StartsWith("uiterlijk 18 december 2026 Inleveren nog 11 dagen", Squeeze(december[0]));
        Assert.Contains(december, m => m.Contains("Hele maand", StringComparison.Ordinal));
        Assert.DoesNotContain(december, m => m.Contains("Al voorbij", StringComparison.Ordinal));
        Assert.Contains(await page.Locator(".voor-mij-maand").Nth(1).Locator("li.moment").AllTextContentsAsync(), m => m.Contains("In januari", StringComparison.Ordinal));

        // A board role has no school to pick.
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzig" }).ClickAsync();
        await page.GetByLabel("Ik ben").SelectOptionAsync("bestuurder");
        Assert.True(await page.GetByLabel("bij", new() { Exact = true }).IsDisabledAsync());
    }

    private async Task<IPage> PhoneAsync()
    {
        var page = await Browser.NewPageAsync(390, 844);
        await page.Clock.SetFixedTimeAsync(Today);
        return page;
    }

    /// <summary>What the page shows in one month block, as "wat" texts in order.</summary>
    private static async Task<string[]> Shown(IPage page, int block) =>
        await page.Locator(".voor-mij-maand").Nth(block).Locator("li.moment .wat").AllTextContentsAsync() is var texts ? [.. texts] : [];

    /// <summary>The moments of the teacher at De Brug in momenten.json still to do on 7 December that touch the month: deadlines first.</summary>
    private string[] Expected(string from, string to)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Example.Site.Dir, "scholen/de-brug/rollen/leerkracht/kalender/momenten.json")));
        var moments = json.RootElement.GetProperty("momenten").EnumerateArray()
            .Select(m => (Van: m.GetProperty("van").GetString()!, Tot: m.GetProperty("tot").GetString()!, Wat: m.GetProperty("wat").GetString()!, Deadline: m.GetProperty("soort").GetString() == "uiterlijk"))
            .Where(m => string.CompareOrdinal(m.Tot, "2026-12-07") >= 0 && string.CompareOrdinal(m.Van, to) <= 0 && string.CompareOrdinal(m.Tot, from) >= 0)
            .ToList();
        // Next month leaves out what this month already lists.
        if (from != "2026-12-01") moments = moments.Where(m => string.CompareOrdinal(m.Van, "2026-12-31") > 0).ToList();
        return [.. moments.OrderBy(m => !m.Deadline).ThenBy(m => m.Deadline ? m.Tot : "").ThenBy(m => m.Van, StringComparer.Ordinal).ThenBy(m => m.Tot, StringComparer.Ordinal).Select(m => m.Wat)];
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
