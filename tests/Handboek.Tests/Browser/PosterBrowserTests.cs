using System.Text;
using Handboek.Tests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Handboek.Tests.Browser;

/// <summary>
/// The year poster printed to PDF for calendars of every size: one readable A4 sheet while it fits (at least 9 pt up to
/// 80 moments, never below 6 pt), two sheets of six months when it does not, and every moment on paper.
/// </summary>
[Trait("Category", "Browser")]
public sealed class PosterBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>What boards write: a few words to a sentence.</summary>
    private static readonly string[] Tasks =
    [
        "Evaluatie met het team", "Concept voorleggen aan de MR", "Rapportage aan het bestuur opstellen",
        "Gesprekken met ouders over de voortgang", "Trendanalyse opbrengsten bespreken in de teamvergadering",
        "Vaststellen", "Jaarplan bijstellen na de tussenevaluatie met directeuren en intern begeleiders",
    ];

    private static readonly string[] Months = ["september", "oktober", "november", "december", "januari", "februari", "maart", "april", "mei", "juni"];

    [Theory]
    [InlineData(20, 1, 9, 11)]
    [InlineData(80, 1, 9, 9)]
    [InlineData(130, 1, 6, 6)]
    [InlineData(250, 2, 6, 6)]
    public async Task The_poster_fits_on_its_sheets_with_every_moment_and_text_no_smaller_than_it_may(int moments, int sheets, int smallest, int usual)
    {
        using var input = Handbook(moments);
        using var site = new BuiltSite(input.Path);
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
        using var server = new StaticSiteServer(site.Dir);
        var page = await browser.NewPageAsync();
        // In March the calendar marks March on screen; a poster on the wall for a year does not.
        await page.Clock.SetFixedTimeAsync(new DateTime(2027, 3, 10, 12, 0, 0));
        await page.GotoAsync(server.BaseUrl + "kalender/poster/");
        Assert.Equal(1, await page.Locator(".huidige-maand").CountAsync());

        using var pdf = PdfDocument.Open(await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true }));

        Assert.Equal(sheets, pdf.NumberOfPages);
        Assert.All(pdf.GetPages(), p => Assert.True(p.Width > p.Height, "landscape"));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        for (var i = 0; i < moments; i++) Assert.Contains($"M{i:D3}", text);
        Assert.DoesNotContain("deze maand", text);
        var sizes = pdf.GetPages().SelectMany(p => p.Letters).Where(l => char.IsLetter(l.Value[0])).Select(l => Math.Round(l.PointSize, 1)).ToList();
        var most = sizes.GroupBy(s => s).OrderByDescending(g => g.Count()).First().Key;
        Assert.True(sizes.Min() >= smallest, $"smallest text {sizes.Min()} pt, most text {most} pt");
        Assert.True(most >= usual, $"most text {most} pt, expected at least {usual} pt");
        if (sheets == 2)
        {
            Assert.Contains("Augustus 2026 t/m Januari 2027", pdf.GetPage(1).Text);
            Assert.Contains("Februari 2027 t/m Juli 2027", pdf.GetPage(2).Text);
        }
    }

    /// <summary>The spec handbook with one board card holding <paramref name="moments"/> moments, spread over the year.</summary>
    private static TempFolder Handbook(int moments)
    {
        var card = new StringBuilder("---\ntitel: Jaarplanning\nniveau: bestuur\neigenaar: bestuurder\nverantwoordelijke_rol: bestuurder\nkalendermoment:\n");
        for (var i = 0; i < moments; i++)
            card.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - wanneer: {1 + (i % 27)} {Months[i % Months.Length]}\n    wat: M{i:D3} {Tasks[i % Tasks.Length]}\n");
        card.Append("---\n");
        return new TempFolder().CopyFrom(RepoPaths.SpecBasis).Write("kaarten/bestuur/jaarplanning.md", card.ToString());
    }
}
