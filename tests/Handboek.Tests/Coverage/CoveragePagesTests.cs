using Handboek.Tests.Site;
using Handboek.Tests.Support;

namespace Handboek.Tests.Coverage;

/// <summary>/inspectiekader/ and /wetten/ as the bestuurder reads them before an inspection visit.</summary>
public class CoveragePagesTests(ExampleHandbookFixture fixture) : IClassFixture<ExampleHandbookFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_framework_page_lists_every_standard_with_exactly_the_cards_that_name_it()
    {
        var page = Site.Html("inspectiekader/index.html");
        var handbook = Site.Result.Handbook!;

        var rows = page.QuerySelectorAll("table.dekking tbody tr").ToDictionary(
            tr => tr.QuerySelector(".code")!.TextContent,
            tr => tr.QuerySelectorAll("td a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(handbook.Standards.Select(s => s.Code).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var standard in handbook.Standards)
        {
            var cards = handbook.Cards.Where(c => c.Standards.Contains(standard.Code)).Select(c => $"/kaarten/{c.Id}/").Order(StringComparer.Ordinal);
            Assert.Equal(cards, rows[standard.Code]);
        }

        Assert.Equal(["Niveau bestuur", "Niveau school"], page.QuerySelectorAll(".dekking-groep h2").Select(h => h.TextContent));
        Assert.Contains("Elke standaard heeft een kaart.", page.QuerySelector(".inleiding")!.TextContent);
        var op1 = Site.Html("inspectiekader/OP1/index.html");
        Assert.Equal("OP1 Aanbod", op1.QuerySelector("h1")!.TextContent);
        Assert.Equal(rows["OP1"], op1.QuerySelectorAll(".kaartenlijst a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_laws_page_lists_each_cited_article_in_the_laws_order_with_its_text_online()
    {
        var page = Site.Html("wetten/index.html");

        var wpo = page.QuerySelectorAll(".dekking-groep").Single(g => g.QuerySelector("h2")!.TextContent == "Wet op het primair onderwijs (WPO)");
        var articles = wpo.QuerySelectorAll("tbody th .code").Select(c => c.TextContent).ToList();
        Assert.Equal(articles.OrderBy(a => int.Parse(new string(a[5..].TakeWhile(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture)).ThenBy(a => a, StringComparer.Ordinal), articles);
        Assert.Contains("art. 45d", articles);
        Assert.Equal("https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=45d", wpo.QuerySelectorAll("tbody th a").Single(a => a.TextContent == "art. 45d").GetAttribute("href"));
        Assert.Contains("/kaarten/schooladvies/", wpo.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector(".code")!.TextContent == "art. 45d").QuerySelectorAll("td a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/wetten/WPO/", wpo.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal(articles, Site.Html("wetten/WPO/index.html").QuerySelectorAll("tbody th .code").Select(c => c.TextContent));
    }

    [Fact]
    public void The_obligations_page_shows_each_obligation_of_the_example_with_the_cards_that_cover_it()
    {
        var page = Site.Html("verplichtingen/index.html");
        var handbook = Site.Result.Handbook!;

        var rows = page.QuerySelectorAll("table.dekking tbody tr").ToList();
        Assert.Equal(handbook.Obligations.Count, rows.Count);
        Assert.Empty(page.QuerySelectorAll("tr.open"));
        Assert.Contains("Elke verplichting heeft een kaart.", page.QuerySelector(".inleiding")!.TextContent);
        var schooladvies = rows.Single(tr => tr.TextContent.Contains("Schooladvies in groep 8", StringComparison.Ordinal));
        Assert.Equal(["/kaarten/schooladvies/"], schooladvies.QuerySelectorAll("td a").Select(a => a.GetAttribute("href")));
        // WPO art. 13a lid 1 is the schoolplan's, lid 2 the schoolgids': a lid on both sides must agree.
        var schoolplan = rows.Single(tr => tr.TextContent.Contains("Schoolplan", StringComparison.Ordinal));
        Assert.Equal(["/kaarten/schoolplan/"], schoolplan.QuerySelectorAll("td a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Without_verplichtingen_yml_the_page_says_how_to_start_one()
    {
        using var site = new BuiltSite(RepoPaths.SpecBasis);

        Assert.Contains("Zet ze in verplichtingen.yml", site.Html("verplichtingen/index.html").QuerySelector(".inleiding")!.TextContent);
    }

    [Fact]
    public void An_open_standard_is_flagged_in_words_and_a_code_that_is_no_safe_path_gets_no_page()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis).Write("standaarden.yml", """
            - code: KA1
              naam: Kwaliteitszorg
              niveau: school
            - code: OP1
              naam: Aanbod
              niveau: school
            - code: SK1
              naam: Veiligheid
              niveau: school
            - code: ../../buiten
              naam: Geen pad
            """);
        using var site = new BuiltSite(input.Path);

        var open = site.Html("inspectiekader/index.html").QuerySelectorAll("tr.open").Select(tr => tr.TextContent.Trim()).ToList();
        Assert.Equal(2, open.Count);
        Assert.Contains(open, t => t.StartsWith("SK1 Veiligheid", StringComparison.Ordinal) && t.EndsWith("Geen kaart", StringComparison.Ordinal));
        Assert.Contains("2 standaarden hebben nog geen kaart.", site.Html("inspectiekader/index.html").QuerySelector(".inleiding")!.TextContent);
        Assert.True(File.Exists(Path.Combine(site.Dir, "inspectiekader/SK1/index.html")));
        Assert.Equal(["KA1", "OP1", "SK1", "index.html"], Directory.GetFileSystemEntries(Path.Combine(site.Dir, "inspectiekader")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(site.Dir, "..", "buiten")));
    }
}
