using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Handboek.Tests.Support;

namespace Handboek.Tests.Site;

/// <summary>Builds the example handbook end to end and reads the result as a browser and an integration would.</summary>
public partial class ExampleHandbookTests(ExampleHandbookFixture fixture) : IClassFixture<ExampleHandbookFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Builds_without_errors_or_warnings()
    {
        Assert.Empty(Site.Result.Diagnostics.Select(d => d.Format(d.Location.File)));
        Assert.True(Site.Result.Succeeded);
    }

    [Fact]
    public void The_example_is_a_realistic_board()
    {
        Assert.True(fixture.CardIds.Count >= 25, $"{fixture.CardIds.Count} cards");
        Assert.True(Site.Result.Handbook!.Schools.Count >= 8);
    }

    [Fact]
    public void Writes_a_page_per_card_category_and_page_plus_home_and_404()
    {
        var pages = Site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();

        Assert.Equal(fixture.CardIds.Select(id => $"kaarten/{id}/index.html").Append("kaarten/gesprekscyclus/index.html").Order(StringComparer.Ordinal),
            pages.Where(p => p.StartsWith("kaarten/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["categorieen/kwaliteitszorg/index.html", "categorieen/onderwijs/index.html", "categorieen/personeel/index.html", "categorieen/sociale-veiligheid/index.html", "categorieen/verantwoording/index.html"],
            pages.Where(p => p.StartsWith("categorieen/", StringComparison.Ordinal)));
        Assert.Contains("index.html", pages);
        Assert.Contains("404.html", pages);
        Assert.Contains("paginas/zo-werkt-dit-handboek/index.html", pages);
        var handbook = Site.Result.Handbook!;
        var calendars = 2 + handbook.Schools.Count + handbook.Roles.Count + RolesAtSchools(handbook);
        var posters = 2 + handbook.Schools.Count + RolesAtSchools(handbook);
        var roles = 2 + handbook.Roles.Count;
        var home404PrintSearchChangesEditor = 6;
        var coverageAndMaintenance = 4 + handbook.Standards.Count + handbook.Laws.Count;
        var redirects = handbook.Cards.Sum(c => c.PreviousIds.Count);
        Assert.Equal(fixture.CardIds.Count + redirects + 5 + handbook.Pages.Count + calendars + posters + roles + home404PrintSearchChangesEditor + coverageAndMaintenance, pages.Count);
        Assert.Contains("afdrukken/index.html", pages);
        Assert.Contains("zoeken/index.html", pages);
        Assert.Contains("wijzigingen/index.html", pages);
        Assert.Contains("beheer/index.html", pages);
    }

    [Fact]
    public void A_card_page_shows_its_metadata_panel()
    {
        var page = Site.Html("kaarten/schoolplan/index.html");
        var panel = Metadata(page);

        Assert.Equal("Schoolplan", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Schoolplan · Stichting Polderkracht", page.Title);
        Assert.Equal("Directeur", panel["Eigenaar"]);
        Assert.Equal("Directeur, Kwaliteitscoördinator", panel["Uitvoering"]);
        Assert.Equal("Leerkracht, Intern begeleider, Kwaliteitszorgmedewerker", panel["Geraadpleegd"]);
        Assert.Equal("MR: instemming", panel["Medezeggenschap"]);
        Assert.Equal("School", panel["Niveau"]);
        Assert.Equal("Vastgesteld op 20 juni 2023", panel["Status"]);
        Assert.Equal("30 juni 2027", panel["Volgende herziening"]);
        Assert.StartsWith("KA1 Kwaliteitszorg", panel["Inspectiekader"]);

        var laws = page.QuerySelectorAll(".gegevens .wetten a").Cast<IHtmlAnchorElement>().Select(a => (a.TextContent, a.Href)).ToList();
        Assert.Equal(
            [
                ("WPO art. 12", "https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=12"),
                ("WPO art. 13a lid 1", "https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=13a&lid=1"),
                ("WMS art. 10 sub b", "https://wetten.overheid.nl/jci1.3:c:BWBR0020685&artikel=10"),
            ],
            laws);
    }

    [Fact]
    public void A_card_page_lists_its_moments_with_resolved_dates()
    {
        var rows = MomentRows(Site.Html("kaarten/schoolplan/index.html"));

        Assert.Equal(5, rows.Count);
        Assert.Contains(("uiterlijk 30 juni 2027 vierjaarlijks, vanaf 2022-2023", "Schoolplan vastgesteld, MR heeft ingestemd", "MR"), rows);
        Assert.Contains(("januari t/m maart 2027 vierjaarlijks, vanaf 2022-2023", "Nieuwe koers en doelen schrijven", "Directeur"), rows);
    }

    [Fact]
    public void A_moment_whose_cycle_skips_this_year_says_when_it_comes_next()
    {
        var page = Site.Html("kaarten/interne-audit/index.html");

        var rows = page.QuerySelectorAll("table.momenten tbody tr");
        Assert.All(rows, row => Assert.Contains("ander-jaar", row.ClassList));
        Assert.All(rows, row => Assert.Contains("volgende keer: 2027-2028", row.TextContent));
    }

    [Fact]
    public void A_concept_card_carries_a_banner_and_an_agreement_without_law_says_so()
    {
        var concept = Site.Html("kaarten/basisvaardigheden/index.html");

        Assert.Contains("nog niet vastgesteld", concept.QuerySelector(".concept")!.TextContent);
        Assert.Equal("Geen: eigen afspraak van het bestuur", Metadata(concept)["Wettelijke eis"]);
        Assert.Null(Site.Html("kaarten/schoolplan/index.html").QuerySelector(".concept"));
    }

    [Fact]
    public void Links_between_cards_are_rewritten_from_md_paths_to_card_pages()
    {
        var body = Site.Html("kaarten/schoolplan/index.html").QuerySelector(".tekst")!;
        var hrefs = body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/kaarten/strategisch-beleidsplan/", hrefs);
        Assert.Contains("/kaarten/trendanalyse-opbrengsten/", hrefs);
        Assert.Equal("/kaarten/kwaliteitszorg/pdca-cyclus.svg", body.QuerySelector("img")!.GetAttribute("src"));
        Assert.DoesNotContain(
            AllHtml().SelectMany(p => Links(p.Document)).Where(href => !href.StartsWith("https:", StringComparison.Ordinal)),
            href => href.Split('#')[0].EndsWith(".md", StringComparison.Ordinal));
    }

    [Fact]
    public void No_internal_link_or_anchor_is_broken()
    {
        var broken = new List<string>();
        foreach (var (path, document) in AllHtml())
        {
            foreach (var url in Links(document).Where(u => u.StartsWith('/')))
            {
                var target = Site.FileFor(url);
                if (target is null)
                {
                    broken.Add($"{path}: {url}");
                    continue;
                }

                var fragment = url.Contains('#') ? url[(url.IndexOf('#') + 1)..] : null;
                if (fragment is not null && Site.Html(target).GetElementById(fragment) is null)
                    broken.Add($"{path}: {url} (anchor)");
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void Related_cards_and_mentions_link_both_ways()
    {
        var plan = Site.Html("kaarten/strategisch-beleidsplan/index.html");

        Assert.Contains("Schoolplan", SectionLinks(plan, "strategisch-beleidsplan-genoemd-kop"));
        Assert.Contains("Schoolplan", SectionLinks(plan, "strategisch-beleidsplan-gerelateerd-kop"));
        Assert.Contains("Strategisch beleidsplan", SectionLinks(Site.Html("kaarten/schoolplan/index.html"), "schoolplan-gerelateerd-kop"));
    }

    [Fact]
    public void Home_and_category_pages_list_the_cards()
    {
        var home = Site.Html("index.html");
        Assert.Equal(fixture.CardIds.Count, home.QuerySelectorAll(".categorie-blok .kaartenlijst li").Length);
        Assert.Contains("Stichting Polderkracht", home.QuerySelector(".merk")!.TextContent);

        var onderwijs = Site.Html("categorieen/onderwijs/index.html");
        var titles = onderwijs.QuerySelectorAll(".kaartenlijst a").Select(a => a.TextContent).ToList();
        Assert.Equal(7, titles.Count);
        Assert.Contains("Schooladvies groep 8", titles);
    }

    [Fact]
    public void Every_page_is_Dutch_and_has_a_unique_title()
    {
        var pages = AllHtml().ToList();

        Assert.All(pages, p => Assert.Equal("nl", p.Document.DocumentElement.GetAttribute("lang")));
        Assert.Equal(pages.Count, pages.Select(p => p.Document.Title).Distinct().Count());
    }

    [Fact]
    public void The_sitemap_lists_every_page_except_404_with_absolute_urls()
    {
        var xml = System.Xml.Linq.XDocument.Parse(Site.Text("sitemap.xml"));
        var locs = xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();

        var handbook = Site.Result.Handbook!;
        var calendars = 2 + handbook.Schools.Count + handbook.Roles.Count + RolesAtSchools(handbook);
        var homeMatricesSearchChanges = 5;
        var coverageAndMaintenance = 4 + handbook.Standards.Count + handbook.Laws.Count;
        Assert.Equal(fixture.CardIds.Count + 5 + handbook.Pages.Count + calendars + handbook.Roles.Count + homeMatricesSearchChanges + coverageAndMaintenance, locs.Count);
        Assert.Contains("https://handboek.polderkracht.nl/inspectiekader/OP1/", locs);
        Assert.Contains("https://handboek.polderkracht.nl/wijzigingen/", locs);
        Assert.Contains("https://handboek.polderkracht.nl/scholen/de-brug/kalender/", locs);
        Assert.Contains("https://handboek.polderkracht.nl/kaarten/schoolplan/", locs);
        Assert.All(locs, l => Assert.StartsWith("https://handboek.polderkracht.nl/", l));
    }

    [Fact]
    public void Handboek_json_holds_the_validated_model()
    {
        using var json = JsonDocument.Parse(Site.Text("handboek.json"));
        var root = json.RootElement;
        var kaarten = root.GetProperty("kaarten").EnumerateArray().ToList();

        Assert.Equal("2026-2027", root.GetProperty("schooljaar").GetString());
        Assert.Equal(fixture.CardIds, kaarten.Select(k => k.GetProperty("id").GetString()).Order(StringComparer.Ordinal));

        var plan = kaarten.Single(k => k.GetProperty("id").GetString() == "schoolplan");
        Assert.Equal("https://handboek.polderkracht.nl/kaarten/schoolplan/", plan.GetProperty("url").GetString());
        Assert.Equal("school", plan.GetProperty("niveau").GetString());
        Assert.Equal("directeur", plan.GetProperty("eigenaar").GetString());
        Assert.Equal(["directeur", "kwaliteitscoordinator"], Strings(plan, "verantwoordelijke_rol"));
        Assert.Equal(["leerkracht", "ib-er", "kwaliteitszorgmedewerker"], Strings(plan, "geraadpleegd"));
        Assert.Equal(["bestuurder", "ouders"], Strings(plan, "geinformeerd"));
        Assert.Equal(["bestuurder"], Strings(plan, "goedkeuring"));
        Assert.Equal(["KA1", "KA2", "KA3", "OP1"], Strings(plan, "inspectiekader"));

        var eis = plan.GetProperty("wettelijke_eis")[1];
        Assert.Equal(("WPO", "13a", "1"), (eis.GetProperty("wet").GetString(), eis.GetProperty("artikel").GetString(), eis.GetProperty("lid").GetString()));
        Assert.Equal("https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=13a&lid=1", eis.GetProperty("url").GetString());

        var moments = plan.GetProperty("momenten").EnumerateArray().ToList();
        var deadline = moments.Single(m => m.GetProperty("wat").GetString() == "Schoolplan vastgesteld, MR heeft ingestemd");
        Assert.Equal(("2027-06-30", "2027-06-30", "mr", false),
            (deadline.GetProperty("van").GetString(), deadline.GetProperty("tot").GetString(), deadline.GetProperty("rol").GetString(), deadline.GetProperty("doorlopend").GetBoolean()));
        Assert.Equal(3, moments.Count(m => m.GetProperty("wat").GetString() == "Nieuwe koers en doelen schrijven"));

        var audit = kaarten.Single(k => k.GetProperty("id").GetString() == "interne-audit");
        // Not due this year (every other year from 2025-2026), yet not gone: it says when it comes next.
        var skipped = audit.GetProperty("momenten").EnumerateArray().ToList();
        Assert.NotEmpty(skipped);
        Assert.All(skipped, m => Assert.Equal(
            (JsonValueKind.Null, "tweejaarlijks", "2027-2028"),
            (m.GetProperty("van").ValueKind, m.GetProperty("cyclus").GetString(), m.GetProperty("volgend_schooljaar").GetString())));

        var ongoing = kaarten.Single(k => k.GetProperty("id").GetString() == "burgerschap").GetProperty("momenten")[0];
        Assert.True(ongoing.GetProperty("doorlopend").GetBoolean());
        Assert.Equal(JsonValueKind.Null, ongoing.GetProperty("van").ValueKind);
    }

    private IEnumerable<(string Path, IHtmlDocument Document)> AllHtml() =>
        Site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Select(f => (f, Site.Html(f)));

    private static IEnumerable<string> Links(IHtmlDocument document) =>
        document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("img[src]").Select(i => i.GetAttribute("src")!))
            .Concat(document.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href")!));

    private static Dictionary<string, string> Metadata(IHtmlDocument page) =>
        page.QuerySelectorAll(".gegevens dl > div").ToDictionary(
            div => div.QuerySelector("dt")!.TextContent.Trim(),
            div => Normalize(div.QuerySelector("dd")!.TextContent));

    private static List<(string Wanneer, string Wat, string Wie)> MomentRows(IHtmlDocument page) =>
        page.QuerySelectorAll("table.momenten tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => Normalize(td.TextContent)).ToList())
            .Select(cells => (cells[0], cells[1], cells[2]))
            .ToList();

    private static List<string> SectionLinks(IHtmlDocument page, string headingId) =>
        page.GetElementById(headingId)!.ParentElement!.QuerySelectorAll("a").Select(a => a.TextContent).ToList();

    private static List<string?> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()).ToList();

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A calendar, poster and feed for each role at each school that has moments there.</summary>
    private static int RolesAtSchools(Handboek.Model.Handbook handbook) =>
        new Handboek.Calendar.QualityCalendar(handbook).Scopes.Count(s => s.Kind == Handboek.Calendar.ScopeKind.SchoolRole);
}
