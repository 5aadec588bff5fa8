using System.Text.RegularExpressions;
using Handboek.Tests.Site;
using Handboek.Tests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Handboek.Tests.Browser;

/// <summary>The calendar in real Chromium: printing to PDF, the filters and the current-month marker.</summary>
[Trait("Category", "Browser")]
public sealed partial class CalendarBrowserTests(BrowserFixture browser, ExampleHandbookFixture example) : ExampleSiteBrowserTest(browser, example)
{
    public static TheoryData<string> Posters() =>
        ["kalender/poster/", "kalender/bestuur/poster/", "scholen/de-regenboog/kalender/poster/", "scholen/de-brug/kalender/poster/"];

    [Theory]
    [MemberData(nameof(Posters))]
    public async Task The_year_poster_prints_on_exactly_one_A4_landscape_page_with_every_month(string path)
    {
        using var pdf = PdfDocument.Open(await PrintAsync(path));

        Assert.Equal(1, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        Assert.True(page.Width > page.Height, "landscape");
        Assert.InRange(page.Width, 840, 843);
        var text = Words(page);
        foreach (var month in new[] { "Augustus 2026", "September 2026", "Oktober 2026", "November 2026", "December 2026", "Januari 2027", "Februari 2027", "Maart 2027", "April 2027", "Mei 2027", "Juni 2027", "Juli 2027" })
            Assert.Contains(month, text);
    }

    [Fact]
    public async Task Every_school_poster_fits_on_one_page()
    {
        foreach (var school in Example.Site.Result.Handbook!.Schools)
        {
            using var pdf = PdfDocument.Open(await PrintAsync($"scholen/{school.Id}/kalender/poster/"));
            Assert.True(pdf.NumberOfPages == 1, $"{school.Id}: {pdf.NumberOfPages} pages");
            // Holidays say so in words, readable in black and white.
            Assert.Contains("Vakantie: Kerstvakantie", Words(pdf.GetPage(1)));
        }
    }

    [Fact]
    public async Task The_printed_month_list_is_A4_without_navigation_and_splits_no_entry_across_pages()
    {
        var page = await OpenAsync("kalender/");
        var entries = await page.Locator("section[data-maand] li.moment").EvaluateAllAsync<string[]>(
            "items => items.map(li => li.querySelector('.datum').textContent + ' ' + li.querySelector('.wat').textContent)");
        using var pdf = PdfDocument.Open(await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true }));

        Assert.True(pdf.NumberOfPages > 1);
        var pages = pdf.GetPages().Select(Words).ToList();
        Assert.All(pdf.GetPages(), p => Assert.InRange(p.Width, 594, 597));
        Assert.Contains("Stichting Polderkracht · Kwaliteitskalender 2026-2027 · afgedrukt op", pages[0]);
        Assert.DoesNotContain("Direct naar de inhoud", pages[0]);
        Assert.DoesNotContain("Jaarposter om af te drukken", string.Join(" ", pages));
        Assert.NotEmpty(entries);
        Assert.All(entries, entry => Assert.True(pages.Any(p => p.Contains(Normalize(entry), StringComparison.Ordinal)), $"split or missing: {entry}"));
    }

    [Fact]
    public async Task Filtering_by_role_and_level_works_without_reloading()
    {
        var page = await OpenAsync("kalender/");
        var all = await page.Locator("li.moment:visible").CountAsync();
        Assert.False(await page.Locator("#filter-uitvoeren").IsVisibleAsync(), "the switch shows once a role is chosen");

        // A teacher sees what she carries out and every moment of a card she has a letter on, each marked with why.
        await page.SelectOptionAsync("#filter-rol", "leerkracht");
        var shown = await page.Locator("li.moment:visible").EvaluateAllAsync<string[]>(
            "items => items.map(li => li.dataset.rol === 'leerkracht' ? 'eigen' : li.querySelector('.betrokkenheid.gekozen')?.textContent ?? 'zonder reden')");
        Assert.Contains("eigen", shown);
        Assert.Contains("I ter informatie", shown);
        Assert.Contains("C wordt geraadpleegd", shown);
        Assert.DoesNotContain("zonder reden", shown);
        Assert.Equal($"{shown.Length} momenten getoond", await page.Locator(".filter-status").TextContentAsync());

        await page.GetByLabel("Alleen wat de rol uitvoert").CheckAsync();
        var roles = await page.Locator("li.moment:visible").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.rol)");
        Assert.NotEmpty(roles);
        Assert.All(roles, r => Assert.Equal("leerkracht", r));
        Assert.Equal(await page.Locator("li.moment[data-rol='leerkracht']").CountAsync(), roles.Length);
        Assert.Equal(0, await page.Locator(".betrokkenheid.gekozen").CountAsync());
        // A month left empty by the filter says so; a month with moments does not.
        Assert.True(await page.EvaluateAsync<bool>("""
            () => [...document.querySelectorAll("section[data-maand]")].filter(s => s.querySelector(".leeg-filter"))
              .every(s => s.querySelector(".leeg-filter").hidden === [...s.querySelectorAll("li.moment")].some(li => !li.hidden))
            """));
        Assert.True(await page.Locator(".leeg-filter:visible").CountAsync() > 0);
        await page.GetByLabel("Alleen wat de rol uitvoert").UncheckAsync();

        await page.SelectOptionAsync("#filter-rol", "");
        await page.SelectOptionAsync("#filter-niveau", "bestuur");
        var levels = await page.Locator("li.moment:visible").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.niveau)");
        Assert.All(levels, l => Assert.Contains(l, new[] { "bestuur", "beide" }));
        Assert.InRange(levels.Length, 1, all - 1);
        Assert.Equal(page.Url, Server.BaseUrl + "kalender/");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_calendar_opens_at_today_with_the_next_moment_marked(int width)
    {
        var page = await Browser.NewPageAsync(width);
        await page.Clock.SetFixedTimeAsync(new DateTime(2027, 3, 10, 12, 0, 0));
        await page.GotoAsync(Server.BaseUrl + "kalender/");

        Assert.Equal(["2027-03"], await page.Locator(".huidige-maand").EvaluateAllAsync<string[]>("s => s.map(x => x.dataset.maand)"));
        Assert.Equal("Maart 2027 deze maand", Normalize(await page.Locator(".huidige-maand h2").TextContentAsync() ?? ""));
        // The page starts at March, not at August: its heading is at the top of the screen.
        Assert.InRange(await page.Locator(".huidige-maand h2").EvaluateAsync<double>("h => h.getBoundingClientRect().top"), 0, 120);
        // The next moment is the first that has not ended by 10 March, and "Naar vandaag" leads back to it.
        var next = page.Locator("li.eerstvolgende");
        Assert.Equal(1, await next.CountAsync());
        Assert.True(string.CompareOrdinal(await next.GetAttributeAsync("data-tot"), "2027-03-10") >= 0);
        Assert.True(await page.EvaluateAsync<bool>("""
            () => {
              const items = [...document.querySelectorAll(".maand li.moment[data-tot]")];
              return items.slice(0, items.findIndex(li => li.classList.contains("eerstvolgende"))).every(li => li.dataset.tot < "2027-03-10");
            }
            """), "every moment before the marked one has ended");
        Assert.Equal("#maand-2027-03", await page.Locator(".naar-vandaag a").GetAttributeAsync("href"));
    }

    [Fact]
    public async Task A_teachers_calendar_marks_what_she_is_only_informed_of_and_can_hide_it()
    {
        var page = await OpenAsync("scholen/de-brug/rollen/leerkracht/kalender/");
        var informed = await page.Locator("li.moment.betrokken:visible").CountAsync();
        var own = await page.Locator("li.moment:not(.betrokken):visible").CountAsync();
        Assert.True(informed > 0 && own > 0, $"{own} eigen, {informed} ter informatie");
        Assert.Equal(0, await page.Locator("#filter-rol").CountAsync());

        await page.GetByLabel("Alleen wat ik uitvoer").CheckAsync();

        Assert.Equal(0, await page.Locator("li.moment.betrokken:visible").CountAsync());
        Assert.Equal(own, await page.Locator("li.moment:visible").CountAsync());
        Assert.Equal($"{own} momenten getoond", await page.Locator(".filter-status").TextContentAsync());
    }


    private async Task<byte[]> PrintAsync(string path) =>
        await (await OpenAsync(path)).PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });

    private static string Words(UglyToad.PdfPig.Content.Page page) => Normalize(string.Join(" ", page.GetWords().Select(w => w.Text)));

    /// <summary>Folds whitespace and the ligatures a PDF may use ("ﬁ" for "fi").</summary>
    private static string Normalize(string text) => Whitespace().Replace(text.Normalize(System.Text.NormalizationForm.FormKC), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
