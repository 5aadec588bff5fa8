using System.Text.Json;
using Handboek.Tests.Support;

namespace Handboek.Tests.Site;

/// <summary>A card's besluiten: on its page, in the printable handbook and in handboek.json.</summary>
public class DecisionsTests(ExampleHandbookFixture fixture) : IClassFixture<ExampleHandbookFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_schoolplan_shows_who_decided_what_and_when_on_screen_and_in_print()
    {
        string[][] expected = [["13 juni 2023", "MR", "instemming"], ["20 juni 2023", "Bestuurder", "goedgekeurd"], ["20 juni 2023", "Directeur", "vastgesteld"]];

        foreach (var table in new[] { Site.Html("kaarten/schoolplan/index.html").QuerySelector("table.besluiten")!, Site.Html("afdrukken/index.html").QuerySelector("#kaart-schoolplan table.besluiten")! })
        {
            var rows = table.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToArray();
            Assert.Equal(expected, rows);
            Assert.Equal("/rollen/mr/", table.QuerySelector("tbody a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void Handboek_json_holds_the_decisions_and_earlier_ids()
    {
        using var json = JsonDocument.Parse(Site.Text("handboek.json"));
        var plan = json.RootElement.GetProperty("kaarten").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "schoolplan");

        var first = plan.GetProperty("besluiten")[0];
        Assert.Equal(("2023-06-13", "mr", "instemming"), (first.GetProperty("datum").GetString(), first.GetProperty("orgaan").GetString(), first.GetProperty("besluit").GetString()));
        Assert.Equal(JsonValueKind.Array, plan.GetProperty("vorige_ids").ValueKind);
    }
}
