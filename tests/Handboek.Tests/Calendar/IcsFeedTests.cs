using System.Globalization;
using System.Text;
using System.Text.Json;
using Handboek.Tests.Site;
using Handboek.Tests.Support;
using IcalCalendar = Ical.Net.Calendar;

namespace Handboek.Tests.Calendar;

/// <summary>The .ics feeds, read back with a real iCalendar parser the way an agenda imports them.</summary>
public class IcsFeedTests(ExampleHandbookFixture fixture) : IClassFixture<ExampleHandbookFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_full_feed_has_one_all_day_event_per_dated_period_with_unique_uids()
    {
        var calendar = Parse(Site, "kalender/handboek.ics");
        using var json = JsonDocument.Parse(Site.Text("handboek.json"));
        var datedPeriods = json.RootElement.GetProperty("kaarten").EnumerateArray()
            .SelectMany(k => k.GetProperty("momenten").EnumerateArray())
            .Count(m => !m.GetProperty("doorlopend").GetBoolean());

        Assert.Equal(datedPeriods, calendar.Events.Count);
        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
        Assert.All(calendar.Events, e => Assert.True(e.IsAllDay && !e.DtStart!.HasTime, e.Summary));
    }

    [Theory]
    [InlineData("Schoolplan vastgesteld, MR heeft ingestemd", "2027-06-30", "2027-07-01", "schoolplan")]
    [InlineData("Voorlopig schooladvies met ouders en leerling bespreken", "2027-01-10", "2027-02-01", "schooladvies")]
    [InlineData("Afname doorstroomtoets", "2027-02-08", "2027-02-13", "doorstroomtoets")]
    [InlineData("Evaluatie huidig schoolplan met het team (oktober)", "2026-10-01", "2026-10-02", "schoolplan")]
    [InlineData("Afname middentoetsen (januari)", "2027-01-01", "2027-01-02", "leerlingvolgsysteem")]
    [InlineData("Afname middentoetsen (februari)", "2027-02-01", "2027-02-02", "leerlingvolgsysteem")]
    public void Events_have_the_right_days_and_link_to_their_card(string summary, string start, string end, string card)
    {
        var e = Parse(Site, "kalender/handboek.ics").Events.Single(x => x.Summary == summary);

        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), e.DtStart!.Date);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), e.DtEnd!.Date);
        Assert.Equal($"https://handboek.polderkracht.nl/kaarten/{card}/", e.Url!.ToString());
        Assert.Contains($"https://handboek.polderkracht.nl/kaarten/{card}/", e.Description);
    }

    [Fact]
    public void The_file_follows_rfc_5545_line_rules()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Site.Dir, "kalender/handboek.ics"));
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split("\r\n");

        Assert.DoesNotContain('\n', string.Join("", lines));
        Assert.Equal("", lines[^1]);
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.Contains(lines, l => l.StartsWith(' '));
        Assert.Contains("SUMMARY:Schoolplan vastgesteld\\, MR heeft ingestemd", text);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", text);
    }

    [Fact]
    public void Every_board_school_and_role_has_a_feed_with_its_own_events()
    {
        var handbook = Site.Result.Handbook!;
        var board = Parse(Site, "kalender/bestuur.ics");
        var school = Parse(Site, "scholen/de-brug/kalender.ics");

        Assert.All(handbook.Schools, s => Assert.True(File.Exists(Path.Combine(Site.Dir, $"scholen/{s.Id}/kalender.ics")), s.Id));
        Assert.All(handbook.Roles, r => Assert.True(File.Exists(Path.Combine(Site.Dir, $"rollen/{r.Id}/kalender.ics")), r.Id));
        Assert.Contains(board.Events, e => e.Summary == "Goedkeuring begroting door de raad van toezicht (december)");
        Assert.DoesNotContain(school.Events, e => e.Summary == "Goedkeuring begroting door de raad van toezicht (december)");
        Assert.Contains(school.Events, e => e.Summary == "Afname eindtoetsen (juni)");
        Assert.All(school.Events, e => Assert.EndsWith(".2026-2027.de-brug@handboek.polderkracht.nl", e.Uid));

        var groep8 = Parse(Site, "rollen/leerkracht-groep-8/kalender.ics");
        var full = Parse(Site, "kalender/handboek.ics").Events.Select(e => e.Uid).ToHashSet();
        Assert.Equal(5, groep8.Events.Count);
        Assert.All(groep8.Events, e => Assert.Contains(e.Uid, full));
    }

    [Fact]
    public void A_month_moment_lands_on_the_schools_first_working_day_after_its_holidays()
    {
        using var input = CalendarInput.Create();
        using var site = new BuiltSite(input.Path);

        Assert.Equal(new DateOnly(2027, 1, 4), Event(site, "scholen/noorderlicht/kalender.ics", "Oudermoment op een kaart voor beide (januari)").DtStart!.Date);
        Assert.Equal(new DateOnly(2027, 1, 1), Event(site, "kalender/bestuur.ics", "Oudermoment op een kaart voor beide (januari)").DtStart!.Date);
    }

    [Fact]
    public void Rebuilding_after_a_change_updates_events_instead_of_duplicating_them()
    {
        using var input = CalendarInput.Create();
        using var before = new BuiltSite(input.Path);
        var card = File.ReadAllText(input["kaarten/bestuur/bestuurskaart.md"]);
        input.Write("kaarten/bestuur/bestuurskaart.md", card.Replace("wanneer: oktober", "wanneer: november"));
        using var after = new BuiltSite(input.Path);

        var uidsBefore = Parse(before, "kalender/handboek.ics").Events.Select(e => e.Uid).Order().ToList();
        var uidsAfter = Parse(after, "kalender/handboek.ics").Events.Select(e => e.Uid).Order().ToList();
        Assert.Equal(uidsBefore, uidsAfter);

        var moved = Event(after, "kalender/handboek.ics", "Bestuursmoment (november)");
        Assert.Equal(Event(before, "kalender/handboek.ics", "Bestuursmoment (oktober)").Uid, moved.Uid);
        Assert.Equal(new DateOnly(2026, 11, 2), moved.DtStart!.Date);
    }

    private static IcalCalendar Parse(BuiltSite site, string path) => IcalCalendar.Load(site.Text(path))!;

    private static Ical.Net.CalendarComponents.CalendarEvent Event(BuiltSite site, string path, string summary) =>
        Parse(site, path).Events.Single(e => e.Summary == summary);
}
