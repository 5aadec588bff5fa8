using Handboek.Tests.Site;
using Handboek.Tests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Handboek.Tests.Browser;

/// <summary>The whole handbook, a card and the matrix printed to PDF in Chromium, page by page.</summary>
[Trait("Category", "Browser")]
public sealed class PrintBrowserTests(BrowserFixture browser, ExampleHandbookFixture example) : ExampleSiteBrowserTest(browser, example)
{
    [Fact]
    public async Task The_printed_handbook_numbers_its_pages_and_leaves_half_empty_pages_only_where_a_category_ends()
    {
        using var pdf = PdfDocument.Open(await PrintAsync("afdrukken/"));
        var pages = pdf.GetPages().ToList();
        var chapters = Example.Site.Result.Handbook!.Categories.Count;

        Assert.All(pages, p => Assert.Contains($"pagina {p.Number} van {pages.Count}", p.Text));
        // The cover, the table of contents and the last page of each category may end early; no other page.
        var halfEmpty = pages.Count(p => Filled(p) < 0.5);
        Assert.True(halfEmpty <= chapters + 2, $"{halfEmpty} of {pages.Count} pages are less than half full");
    }

    [Fact]
    public async Task A_printed_card_shows_its_data_on_the_first_page()
    {
        using var pdf = PdfDocument.Open(await PrintAsync("kaarten/schoolgids/"));

        var first = pdf.GetPage(1).Text;
        Assert.Contains("Stichting Polderkracht · Kwaliteitshandboek 2026-2027 · Verantwoording · afgedrukt op", first);
        Assert.Contains("Schoolgids", first);
        Assert.Contains("Kaartgegevens", first);
        Assert.Contains("Eigenaar", first);
    }

    [Fact]
    public async Task The_printed_matrix_never_ends_a_page_with_a_category_row()
    {
        var categories = Example.Site.Result.Handbook!.Categories.Select(c => c.Category.Name).ToHashSet();
        using var pdf = PdfDocument.Open(await PrintAsync("rollen/"));

        foreach (var page in pdf.GetPages())
        {
            var lines = page.GetWords().Where(w => !w.Text.StartsWith("pagina", StringComparison.Ordinal))
                .GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderBy(g => g.Key).ToList();
            // The lowest line above the page number.
            var last = string.Join(" ", lines.First(l => !l.Any(w => w.Text == "van")).OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
            Assert.DoesNotContain(last, categories);
        }
    }

    /// <summary>How much of the page's height, between its margins, holds text.</summary>
    private static double Filled(Page page)
    {
        var letters = page.Letters.Where(l => l.BoundingBox.Bottom > 60).ToList();
        if (letters.Count == 0) return 0;
        var top = page.Height - (16 / 25.4 * 72);
        var bottom = 16 / 25.4 * 72;
        return (top - letters.Min(l => l.BoundingBox.Bottom)) / (top - bottom);
    }

    private async Task<byte[]> PrintAsync(string path) =>
        await (await OpenAsync(path)).PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
}
