using System.Text.Json;
using Handboek.Tests.Site;
using Handboek.Tests.Support;

namespace Handboek.Tests.Calendar;

/// <summary>momenten.json, the data behind "Voor mij": the same moments as the calendar page beside it, and the role's cards.</summary>
public class MomentsJsonTests(ExampleHandbookFixture fixture) : IClassFixture<ExampleHandbookFixture>
{
    private BuiltSite Site => fixture.Site;

    [Theory]
    [InlineData("kalender/")]
    [InlineData("rollen/controller/kalender/")]
    [InlineData("scholen/de-brug/rollen/leerkracht/kalender/")]
    public void Holds_the_dated_moments_of_the_calendar_page_beside_it_in_its_order(string calendar)
    {
        using var json = JsonDocument.Parse(Site.Text(calendar + "momenten.json"));
        var page = Site.Html(calendar + "index.html");

        var listed = page.QuerySelectorAll("section[data-maand] li.moment").Select(li => (
            li.QuerySelector("time")!.GetAttribute("datetime"),
            li.GetAttribute("data-tot"),
            li.QuerySelector(".wat")!.TextContent,
            li.QuerySelector(".betrokkenheid")?.TextContent));
        var data = json.RootElement.GetProperty("momenten").EnumerateArray().Select(m => (
            m.GetProperty("van").GetString(),
            m.GetProperty("tot").GetString(),
            m.GetProperty("wat").GetString()!,
            m.GetProperty("letter").GetString() is { } letter ? $"{letter} {m.GetProperty("betrokkenheid").GetString()}" : null));
        Assert.Equal(listed, data);
        Assert.Equal("/" + calendar, json.RootElement.GetProperty("kalender").GetString());
        Assert.Equal("2026-2027", json.RootElement.GetProperty("schooljaar").GetString());
    }

    [Fact]
    public void A_role_at_a_school_has_its_cards_by_letter_and_links_that_exist()
    {
        using var json = JsonDocument.Parse(Site.Text("scholen/de-brug/rollen/leerkracht/kalender/momenten.json"));
        var root = json.RootElement;
        var rolePage = Site.Html("rollen/leerkracht/index.html");

        var tasks = root.GetProperty("taken").EnumerateArray().ToList();
        Assert.Equal(
            rolePage.QuerySelectorAll("section.taak").Select(s => (s.QuerySelector(".letter")!.TextContent, s.QuerySelectorAll(".kaartenlijst a").Select(a => a.GetAttribute("href")!).ToList())),
            tasks.Select(t => (t.GetProperty("letter").GetString()!, t.GetProperty("kaarten").EnumerateArray().Select(k => k.GetProperty("url").GetString()!).ToList())),
            (a, b) => a.Item1 == b.Item1 && a.Item2.SequenceEqual(b.Item2));
        foreach (var link in new[] { "kalender", "poster", "agenda", "rol" })
            Assert.NotNull(Site.FileFor(root.GetProperty(link).GetString()!));
        Assert.StartsWith("webcal://handboek.polderkracht.nl/", root.GetProperty("abonneren").GetString());
    }

    [Fact]
    public void The_home_page_offers_every_role_grouped_with_the_schools_for_the_roles_that_work_at_one()
    {
        var form = Site.Html("index.html").QuerySelector(".voor-mij-keuze")!;
        var handbook = Site.Result.Handbook!;

        Assert.Equal(handbook.Roles.Count, form.QuerySelectorAll("#voor-mij-rol option[value]:not([value=''])").Length);
        Assert.Equal(["Op school", "Bestuur", "Anders"], form.QuerySelectorAll("#voor-mij-rol optgroup").Select(g => g.GetAttribute("label")));
        Assert.Equal(handbook.Schools.Select(s => s.Name), form.QuerySelectorAll("#voor-mij-school option[value]:not([value=''])").Select(o => o.TextContent));
        // A teacher picks a school; the board's controller does not, and reads the role's own file.
        Assert.True(form.QuerySelector("option[value='leerkracht']")!.HasAttribute("data-per-school"));
        Assert.False(File.Exists(Path.Combine(Site.Dir, "rollen/leerkracht/kalender/momenten.json")));
        var controller = form.QuerySelector("option[value='controller']")!;
        Assert.False(controller.HasAttribute("data-per-school"));
        Assert.NotNull(Site.FileFor(controller.GetAttribute("data-momenten")!));
        Assert.Equal("/scholen/{school}/rollen/{rol}/kalender/momenten.json", Site.Html("index.html").QuerySelector("#voor-mij")!.GetAttribute("data-school-rol"));
    }
}
