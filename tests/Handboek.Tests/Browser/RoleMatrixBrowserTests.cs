using Handboek.Tests.Site;
using Handboek.Tests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Handboek.Tests.Browser;

/// <summary>The matrices in real Chromium: printing for the RvT and filtering on screen.</summary>
[Trait("Category", "Browser")]
public sealed class RoleMatrixBrowserTests(BrowserFixture browser, ExampleHandbookFixture example) : ExampleSiteBrowserTest(browser, example)
{
    [Fact]
    public async Task The_printed_matrix_is_A4_landscape_and_repeats_its_header_on_every_page()
    {
        var page = await OpenAsync("rollen/");
        using var pdf = PdfDocument.Open(await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true }));

        Assert.True(pdf.NumberOfPages >= 2, $"{pdf.NumberOfPages} page(s): the test needs a matrix that spans pages");
        Assert.All(pdf.GetPages(), p =>
        {
            Assert.True(p.Width > p.Height, $"page {p.Number} is not landscape");
            // The role names are set vertically, which word extraction splits into letters; the raw text keeps them.
            Assert.Contains("Bestuurder", p.Text);
            Assert.Contains("Accountant", p.Text);
        });
    }

    [Fact]
    public async Task Filtering_on_a_role_leaves_its_column_and_the_cards_it_has_a_part_in()
    {
        var page = await OpenAsync("rollen/");
        await page.SelectOptionAsync("#filter-rol", "directeur");

        var columns = await page.Locator("th.rolkop:visible").EvaluateAllAsync<string[]>("e => e.map(x => x.dataset.rol)");
        Assert.Equal(["directeur"], columns);
        var cells = await page.Locator("tr.kaart-rij:visible td:visible").AllTextContentsAsync();
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.NotEqual("", c.Trim()));
        Assert.Equal(await page.Locator("td[data-rol='directeur']").EvaluateAllAsync<int>("e => e.filter(x => x.textContent.trim() !== '').length"), cells.Count);

        await page.SelectOptionAsync("#filter-rol", "");
        await page.SelectOptionAsync("#filter-niveau", "extern");
        Assert.Equal(["ouders", "klachtencommissie", "accountant"], await page.Locator("th.rolkop:visible").EvaluateAllAsync<string[]>("e => e.map(x => x.dataset.rol)"));
    }

    [Fact]
    public async Task Filtering_medezeggenschap_on_body_and_right_answers_what_the_MR_consents_to()
    {
        var page = await OpenAsync("rollen/medezeggenschap/");
        await page.SelectOptionAsync("#filter-orgaan", "mr");
        await page.SelectOptionAsync("#filter-recht", "instemming");

        var titles = await page.Locator("tr.kaart-rij:visible th a").AllTextContentsAsync();
        Assert.Equal(["Schoolplan"], titles);
        Assert.Equal("1 kaart getoond", await page.Locator(".filter-status").TextContentAsync());
    }

}
