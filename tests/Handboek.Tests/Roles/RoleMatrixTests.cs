using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using Handboek.Model;
using Handboek.Tests.Site;
using Handboek.Tests.Support;

namespace Handboek.Tests.Roles;

/// <summary>
/// The matrices, CSV downloads and role pages of the example handbook, checked against the letters that
/// follow from each card's front matter as published in handboek.json.
/// </summary>
public class RoleMatrixTests(ExampleHandbookFixture fixture) : IClassFixture<ExampleHandbookFixture>
{
    private static readonly (string Field, string Letter)[] Fields =
        [("eigenaar", "A"), ("verantwoordelijke_rol", "R"), ("geraadpleegd", "C"), ("geinformeerd", "I"), ("goedkeuring", "G")];

    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Columns_are_roles_grouped_by_level_in_rollen_yml_order()
    {
        var page = Site.Html("rollen/index.html");
        var roles = Site.Result.Handbook!.Roles;
        var expected = new[] { "bestuur", "school", "extern" }
            .SelectMany(level => roles.Where(r => r.Level.Id() == level))
            .Select(r => r.Id);

        Assert.Equal(expected, page.QuerySelectorAll("thead th.rolkop").Select(th => th.GetAttribute("data-rol")));
        Assert.Equal(["Bestuur", "School", "Extern"], page.QuerySelectorAll("thead th.groep").Select(th => th.TextContent));
        Assert.Equal(["A", "R", "C", "I", "G"], page.QuerySelectorAll(".legenda dt").Select(dt => dt.TextContent));
    }

    [Fact]
    public void Every_cell_holds_exactly_the_letters_the_card_gives_that_role()
    {
        var page = Site.Html("rollen/index.html");
        var expected = ExpectedLetters();

        var rows = page.QuerySelectorAll("tr.kaart-rij").ToList();
        Assert.Equal(expected.Count, rows.Count);
        foreach (var row in rows)
        {
            var id = row.QuerySelector("a")!.GetAttribute("href")!.Split('/')[2];
            foreach (var cell in row.QuerySelectorAll("td"))
                Assert.Equal(expected[id].GetValueOrDefault(cell.GetAttribute("data-rol")!, ""), cell.TextContent);
        }
    }

    [Fact]
    public void Rows_are_grouped_by_categorie()
    {
        var page = Site.Html("rollen/index.html");

        var groups = page.QuerySelectorAll("table.matrix tbody").Select(tbody => (
            Categorie: tbody.QuerySelector(".categorie-rij")!.TextContent.Trim(),
            Kaarten: tbody.QuerySelectorAll("tr.kaart-rij").Length)).ToList();
        Assert.Equal(["Kwaliteitszorg", "Onderwijs", "Personeel", "Sociale veiligheid", "Verantwoording"], groups.Select(g => g.Categorie));
        Assert.Equal(7, groups.Single(g => g.Categorie == "Onderwijs").Kaarten);
    }

    [Fact]
    public void The_matrix_csv_opens_in_Dutch_Excel_and_matches_the_page()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Site.Dir, "rollen/matrix.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';')).ToList();
        var header = lines[0];
        Assert.Equal(["id", "titel"], header[..2]);
        Assert.Contains("Kwaliteitscoördinator", header);
        var page = Site.Html("rollen/index.html");
        Assert.Equal(page.QuerySelectorAll("thead th.rolkop").Select(th => th.TextContent.Trim()), header[2..]);

        var expected = ExpectedLetters();
        Assert.Equal(expected.Count, lines.Count - 1);
        var roleIds = page.QuerySelectorAll("thead th.rolkop").Select(th => th.GetAttribute("data-rol")!).ToList();
        foreach (var line in lines.Skip(1))
        {
            Assert.Equal(header.Length, line.Length);
            Assert.Equal(roleIds.Select(r => expected[line[0]].GetValueOrDefault(r, "")), line[2..]);
        }
    }

    [Fact]
    public void The_medezeggenschap_matrix_lists_rights_and_their_legal_basis()
    {
        var page = Site.Html("rollen/medezeggenschap/index.html");
        var expected = Cards()
            .Where(k => k.GetProperty("medezeggenschap").GetArrayLength() > 0)
            .ToDictionary(k => k.GetProperty("id").GetString()!, k => k);

        var rows = page.QuerySelectorAll("tr.kaart-rij").ToList();
        Assert.Equal(expected.Count, rows.Count);
        Assert.Equal(["gmr", "mr", "mr-ouders", "mr-personeel"], page.QuerySelectorAll("thead th.rolkop").Select(th => th.GetAttribute("data-rol")));
        foreach (var row in rows)
        {
            var card = expected[row.QuerySelector("a")!.GetAttribute("href")!.Split('/')[2]];
            var rights = card.GetProperty("medezeggenschap").EnumerateArray().ToDictionary(m => m.GetProperty("orgaan").GetString()!, m => m.GetProperty("recht").GetString()!);
            foreach (var cell in row.QuerySelectorAll("td[data-rol]"))
                Assert.Equal(rights.GetValueOrDefault(cell.GetAttribute("data-rol")!, ""), cell.TextContent);
            var wms = card.GetProperty("wettelijke_eis").EnumerateArray().Where(e => e.GetProperty("wet").GetString() == "WMS").Count();
            Assert.Equal(wms, row.QuerySelectorAll("td.basis a").Length);
        }

        var schoolplan = rows.Single(r => r.QuerySelector("a")!.TextContent == "Schoolplan");
        Assert.Equal("instemming", schoolplan.QuerySelector("td[data-rol='mr']")!.TextContent);
        Assert.Equal("WMS art. 10 sub b", schoolplan.QuerySelector("td.basis")!.TextContent);
    }

    [Fact]
    public void The_medezeggenschap_csv_has_a_column_per_body_and_the_basis()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Site.Dir, "rollen/medezeggenschap.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';')).ToList();

        Assert.Equal(["id", "titel", "GMR", "MR", "Oudergeleding MR", "Personeelsgeleding MR", "wettelijke basis"], lines[0]);
        Assert.Equal(["schoolgids", "Schoolgids", "", "", "instemming", "", "WMS art. 13 lid 1 sub g"], lines.Single(l => l[0] == "schoolgids"));
    }

    [Fact]
    public void A_role_page_lists_exactly_its_cards_per_letter_and_its_moments()
    {
        var expected = ExpectedLetters();
        foreach (var role in Site.Result.Handbook!.Roles)
        {
            var page = Site.Html($"rollen/{role.Id}/index.html");
            Assert.Equal(role.Name, page.QuerySelector("h1")!.TextContent);
            foreach (var letter in new[] { "A", "R", "C", "I", "G" })
            {
                var listed = page.QuerySelectorAll($"#taak-{letter.ToLowerInvariant()} .kaartenlijst a").Select(a => a.GetAttribute("href")!.Split('/')[2]).Order().ToList();
                var cards = expected.Where(e => e.Value.GetValueOrDefault(role.Id, "").Split(' ').Contains(letter)).Select(e => e.Key).Order().ToList();
                Assert.True(cards.SequenceEqual(listed), $"{role.Id} {letter}: [{string.Join(", ", listed)}] != [{string.Join(", ", cards)}]");
            }
        }

        var groep8 = Site.Html("rollen/leerkracht-groep-8/index.html");
        // Its own five moments, and one of a card it carries out that another role does, marked as such.
        Assert.Equal(5, groep8.QuerySelectorAll(".momenten-lijst li.moment:not(.betrokken)").Length);
        Assert.Equal(["R als verantwoordelijke"], groep8.QuerySelectorAll(".momenten-lijst li.moment.betrokken .betrokkenheid").Select(b => b.TextContent));
        Assert.Contains("/rollen/leerkracht-groep-8/kalender/", groep8.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var mr = Site.Html("rollen/mr/index.html");
        Assert.Contains("Schoolplan: instemming (WMS art. 10 sub b)", mr.GetElementById("kop-medezeggenschap")!.ParentElement!.TextContent.Replace("\n", " "));
    }

    [Fact]
    public void A_role_page_shows_only_the_letters_the_role_has_and_says_each_thing_once()
    {
        foreach (var role in Site.Result.Handbook!.Roles)
        {
            var page = Site.Html($"rollen/{role.Id}/index.html");
            Assert.All(page.QuerySelectorAll("section.taak"), section =>
            {
                Assert.NotEmpty(section.QuerySelectorAll(".kaartenlijst li"));
                var heading = section.QuerySelector("h2")!.TextContent;
                Assert.DoesNotContain(section.QuerySelectorAll(":scope > p.toelichting"), p => heading.EndsWith(p.TextContent, StringComparison.Ordinal));
            });
        }

        Assert.Equal("R Voert uit", Site.Html("rollen/leerkracht/index.html").QuerySelector("#taak-r h2")!.TextContent);
        Assert.Null(Site.Html("rollen/leerkracht/index.html").QuerySelector("#taak-r > p.toelichting"));
    }

    [Fact]
    public void Every_mention_of_a_role_on_a_card_page_links_to_its_role_page()
    {
        var page = Site.Html("kaarten/schoolplan/index.html");

        Assert.Equal("/rollen/directeur/", page.QuerySelector(".gegevens a.rol")!.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll(".gegevens .rol"), el => Assert.Equal("A", el.TagName));
        Assert.Equal("/rollen/mr/", page.QuerySelector(".medezeggenschap a")!.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("table.momenten tbody tr"), tr => Assert.StartsWith("/rollen/", tr.QuerySelector("td:last-child a")!.GetAttribute("href")));
    }

    private IEnumerable<JsonElement> Cards()
    {
        var json = JsonDocument.Parse(Site.Text("handboek.json"));
        return json.RootElement.GetProperty("kaarten").EnumerateArray().ToList();
    }

    /// <summary>Card id to role id to letters ("A R"), worked out from the published front matter.</summary>
    private Dictionary<string, Dictionary<string, string>> ExpectedLetters() =>
        Cards().ToDictionary(
            k => k.GetProperty("id").GetString()!,
            k => Fields
                .SelectMany(f => (k.GetProperty(f.Field).ValueKind == JsonValueKind.Array
                        ? k.GetProperty(f.Field).EnumerateArray().Select(e => e.GetString()!)
                        : [k.GetProperty(f.Field).GetString()!])
                    .Select(role => (Role: role, f.Letter)))
                .GroupBy(x => x.Role)
                .ToDictionary(g => g.Key, g => string.Join(' ', g.Select(x => x.Letter).Distinct())));
}
