using System.Globalization;
using System.Text;
using System.Text.Json;
using Handboek.Responsibilities;
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
        var events = ThisYear(Parse(Site, "kalender/handboek.ics"));
        using var json = JsonDocument.Parse(Site.Text("handboek.json"));
        var datedPeriods = json.RootElement.GetProperty("kaarten").EnumerateArray()
            .SelectMany(k => k.GetProperty("momenten").EnumerateArray())
            .Count(m => m.GetProperty("van").ValueKind != JsonValueKind.Null);

        Assert.Equal(datedPeriods, events.Count);
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
        Assert.All(events, e => Assert.True(e.IsAllDay && !e.DtStart!.HasTime, e.Summary));
    }

    [Theory]
    [InlineData("Schoolplan vastgesteld, MR heeft ingestemd (uiterlijk 30 jun)", "2027-06-30", "2027-07-01", "schoolplan")]
    [InlineData("Voorlopig schooladvies met ouders en leerling bespreken", "2027-01-11", "2027-01-12", "schooladvies")] // 10 t/m 31 januari: the 10th is a Sunday
    [InlineData("Afname doorstroomtoets", "2027-02-08", "2027-02-09", "doorstroomtoets")] // week 6: its Monday
    [InlineData("Evaluatie huidig schoolplan met het team (oktober)", "2026-10-01", "2026-10-02", "schoolplan")]
    [InlineData("Afname middentoetsen (januari)", "2027-01-04", "2027-01-05", "leerlingvolgsysteem")] // after New Year and the Christmas holiday all schools share
    [InlineData("Afname middentoetsen (februari)", "2027-02-01", "2027-02-02", "leerlingvolgsysteem")]
    public void Events_have_the_right_days_and_link_to_their_card(string summary, string start, string end, string card)
    {
        var e = Event(Site, "kalender/handboek.ics", summary);

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
        Assert.Contains("SUMMARY:MR: Schoolplan vastgesteld\\, MR heeft ingestemd", text);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", text);
    }

    [Fact]
    public void Every_board_school_and_role_has_a_feed_with_its_own_events()
    {
        var handbook = Site.Result.Handbook!;
        var board = Parse(Site, "kalender/bestuur.ics");
        var school = Parse(Site, "scholen/de-brug/kalender.ics");

        Assert.All(handbook.Schools, s => Assert.True(File.Exists(Path.Combine(Site.Dir, $"scholen/{s.Id}/kalender.ics")), s.Id));
        // A role has a feed when it carries out a dated moment or has a letter on a card with one.
        var withMoments = handbook.Cards.Where(c => c.Moments.Any(m => m.Periods.Count > 0))
            .SelectMany(c => c.Moments.Where(m => m.Periods.Count > 0).Select(m => m.RoleId).Concat(ResponsibilityMatrix.Assignments(c).Select(a => a.Role)))
            .ToHashSet();
        Assert.All(handbook.Roles, r => Assert.Equal(withMoments.Contains(r.Id), File.Exists(Path.Combine(Site.Dir, $"rollen/{r.Id}/kalender.ics"))));
        Assert.Contains(board.Events, e => e.Summary == "Raad van toezicht: Goedkeuring begroting door de raad van toezicht (december)");
        Assert.DoesNotContain(school.Events, e => e.Summary!.Contains("Goedkeuring begroting", StringComparison.Ordinal));
        Assert.Contains(school.Events, e => e.Summary!.EndsWith(": Afname eindtoetsen (juni)", StringComparison.Ordinal));
        Assert.All(ThisYear(school), e => Assert.EndsWith(".2026-2027.de-brug@handboek.polderkracht.nl", e.Uid));

        var groep8 = Parse(Site, "rollen/leerkracht-groep-8/kalender.ics");
        var full = Parse(Site, "kalender/handboek.ics").Events.Select(e => e.Uid).ToHashSet();
        // Its five own moments and one it is responsible for that another role carries out.
        Assert.Equal(5, ThisYear(groep8).Count(e => !e.Summary!.EndsWith("(als verantwoordelijke)", StringComparison.Ordinal)));
        Assert.Equal(6, ThisYear(groep8).Count);
        Assert.All(groep8.Events, e => Assert.Contains(e.Uid, full));
    }

    [Fact]
    public void A_teacher_subscribes_to_her_role_at_her_school_and_gets_only_her_moments()
    {
        var school = Parse(Site, "scholen/de-brug/kalender.ics");
        var teacher = Parse(Site, "scholen/de-brug/rollen/leerkracht/kalender.ics");
        var page = Site.Html("scholen/de-brug/rollen/leerkracht/kalender/index.html");

        var schoolEvents = school.Events.ToDictionary(e => e.Uid!);
        var own = teacher.Events.Where(e => e.Categories[0] == "Leerkracht").ToList();
        Assert.NotEmpty(own);
        Assert.All(own, e =>
        {
            // The same event as in the school's feed, by UID and day, without the role in front: it is all hers.
            Assert.Equal(schoolEvents[e.Uid!].DtStart!.Date, e.DtStart!.Date);
            Assert.Equal("Leerkracht: " + e.Summary, schoolEvents[e.Uid!].Summary);
        });
        Assert.Equal(school.Events.Count(e => e.Summary!.StartsWith("Leerkracht: ", StringComparison.Ordinal)), own.Count);
        // The moments of cards she is consulted or informed on, which others carry out: whose, and why she sees them.
        var others = teacher.Events.Except(own).ToList();
        Assert.All(others, e => Assert.Matches(@"^[^:]+: .+ \((als eigenaar|als verantwoordelijke|wordt geraadpleegd|ter informatie|keurt goed)\)$", e.Summary));
        Assert.Contains(others, e => e.Summary!.StartsWith("Directeur: ", StringComparison.Ordinal) && e.Summary.EndsWith("(wordt geraadpleegd)", StringComparison.Ordinal) && e.Categories.Contains("Wordt geraadpleegd"));
        Assert.Equal("Kalender Leerkracht, SBO De Brug 2026-2027", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/scholen/de-brug/rollen/leerkracht/kalender/poster/']"));
        Assert.Contains("/scholen/de-brug/rollen/leerkracht/kalender/", Site.Html("scholen/de-brug/kalender/index.html").QuerySelectorAll(".kalender-links a").Select(a => a.GetAttribute("href")));
        Assert.False(File.Exists(Path.Combine(Site.Dir, "scholen/de-brug/rollen/rvt/kalender.ics")));
    }

    [Fact]
    public void In_July_the_feeds_already_hold_September_once_the_next_years_holidays_are_known()
    {
        var next = Parse(Site, "scholen/de-brug/kalender.ics").Events.Where(e => e.Uid!.Contains(".2027-2028.", StringComparison.Ordinal)).ToList();
        using var input = CalendarInput.Create();
        using var withoutNextHolidays = new BuiltSite(input.Path);

        Assert.Contains(next, e => e.DtStart!.Date.Year == 2027 && e.DtStart.Date.Month == 9);
        Assert.All(next, e => Assert.True(e.DtStart!.Date >= new DateOnly(2027, 8, 1), e.Summary));
        // The same events the school's feed has when the site itself is built for 2027-2028 (cycles differ per year).
        using var nextYearSite = new BuiltSite(RepoPaths.Input, new Model.SchoolYear(2027));
        Assert.Equal(
            Parse(nextYearSite, "scholen/de-brug/kalender.ics").Events.Where(e => e.Uid!.Contains(".2027-2028.", StringComparison.Ordinal)).Select(e => (e.Uid, e.DtStart!.Date)).Order(),
            next.Select(e => (e.Uid, e.DtStart!.Date)).Order());
        Assert.DoesNotContain(Parse(withoutNextHolidays, "kalender/handboek.ics").Events, e => e.Uid!.Contains(".2027-2028.", StringComparison.Ordinal));
        Assert.Contains("2026-2027 en 2027-2028", Site.Text("kalender/handboek.ics"));
        Assert.Contains("de agenda bevat ook al schooljaar 2027-2028", Site.Html("scholen/de-brug/kalender/index.html").QuerySelector(".volgend-jaar")!.TextContent);
        Assert.Null(withoutNextHolidays.Html("kalender/index.html").QuerySelector(".volgend-jaar"));
    }

    [Fact]
    public void A_month_moment_lands_on_the_schools_first_working_day_after_its_holidays()
    {
        using var input = CalendarInput.Create();
        using var site = new BuiltSite(input.Path);

        Assert.Equal(new DateOnly(2027, 1, 4), Event(site, "scholen/noorderlicht/kalender.ics", "Oudermoment op een kaart voor beide (januari)").DtStart!.Date);
        // The Christmas holiday holds for every region, so the board's agenda skips it too.
        Assert.Equal(new DateOnly(2027, 1, 4), Event(site, "kalender/bestuur.ics", "Oudermoment op een kaart voor beide (januari)").DtStart!.Date);
    }

    [Fact]
    public void A_roles_calendars_at_schools_of_one_region_share_their_dates_and_each_keeps_its_own_uids_and_links()
    {
        using var input = CalendarInput.Create();
        // A second school in the north, beside OBS Noorderlicht (noord) and OBS Zuiderzon (zuid).
        input.Write("scholen.yml", File.ReadAllText(input["scholen.yml"]) + "\n- id: noorderzon\n  naam: OBS Noorderzon\n  regio: noord\n")
            .Write("kaarten/onderwijs/herfstkaart.md", """
                ---
                titel: Herfstkaart
                niveau: school
                eigenaar: directeur
                verantwoordelijke_rol: directeur
                kalendermoment:
                  - wanneer: 12 oktober t/m 23 oktober
                    wat: Herfstmoment
                ---
                """);
        using var site = new BuiltSite(input.Path);

        // Zuid has its autumn holiday from 10 to 18 October, noord from 17 to 25: the first school day differs per region.
        var days = new[] { "noorderlicht", "zuiderzon", "noorderzon" }.Select(school =>
        {
            var e = Event(site, $"scholen/{school}/rollen/directeur/kalender.ics", "Herfstmoment");
            Assert.EndsWith($".{school}@handboek.test.nl", e.Uid, StringComparison.Ordinal);
            var page = site.Html($"scholen/{school}/rollen/directeur/kalender/index.html");
            Assert.Contains(school, page.QuerySelector(".kalender-acties a[href$='.ics']")!.GetAttribute("href"), StringComparison.Ordinal);
            return (e.DtStart!.Date, page.GetElementById("maand-2026-10")!.QuerySelector(".vakantie")!.TextContent);
        }).ToList();

        Assert.Equal(
            [(new DateOnly(2026, 10, 12), "Herfstvakantie: 17 t/m 25 oktober 2026"), (new DateOnly(2026, 10, 19), "Herfstvakantie: 10 t/m 18 oktober 2026"), (new DateOnly(2026, 10, 12), "Herfstvakantie: 17 t/m 25 oktober 2026")],
            days);
    }

    [Fact]
    public void A_deadline_says_so_in_the_agenda_on_the_pages_the_poster_and_the_data()
    {
        var e = Event(Site, "kalender/handboek.ics", "Schoolplan vastgesteld, MR heeft ingestemd (uiterlijk 30 jun)");
        var page = Site.Html("kalender/index.html").QuerySelectorAll("li.moment").Single(li => li.TextContent.Contains("Schoolplan vastgesteld", StringComparison.Ordinal));
        var poster = Site.Html("kalender/poster/index.html").QuerySelectorAll(".poster-maanden li").Single(li => li.TextContent.Contains("Schoolplan vastgesteld", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(Site.Text("handboek.json"));
        var moment = json.RootElement.GetProperty("kaarten").EnumerateArray().SelectMany(k => k.GetProperty("momenten").EnumerateArray())
            .Single(m => m.GetProperty("wat").GetString() == "Schoolplan vastgesteld, MR heeft ingestemd");

        Assert.Contains("Wanneer: uiterlijk 30 juni 2027", e.Description);
        Assert.Equal(["MR", "Uiterste datum"], e.Categories);
        Assert.Contains("Categorie: Kwaliteitszorg", e.Description);
        Assert.Equal("uiterlijk 30 juni 2027", page.QuerySelector(".datum")!.TextContent);
        Assert.Contains("uiterlijk", page.ClassList);
        Assert.Equal("uiterlijk 30 jun", poster.QuerySelector("b")!.TextContent);
        Assert.Contains("uiterlijk", poster.ClassList);
        Assert.Equal(("uiterlijk", "2027-06-30"), (moment.GetProperty("soort").GetString(), moment.GetProperty("tot").GetString()));
        Assert.DoesNotContain(Site.Html("kalender/index.html").QuerySelectorAll("li.moment.uiterlijk"), li => !li.QuerySelector(".datum")!.TextContent.StartsWith("uiterlijk ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2026, "27 april t/m 30 april", "2027-04-28", false)] // Koningsdag
    [InlineData(2026, "6 mei t/m 7 mei", "2027-05-07", false)] // Hemelvaart
    [InlineData(2026, "week 13", "2027-03-30", false)] // Tweede paasdag on the Monday
    [InlineData(2026, "20 december t/m 31 december", "2026-12-20", true)] // Christmas holiday everywhere: keeps its day, says so
    [InlineData(2027, "april", "2028-04-03", false)] // 1 April 2028 is a Saturday
    [InlineData(2027, "14 april t/m 17 april", "2028-04-14", true)] // Goede Vrijdag, a weekend and Tweede paasdag
    [InlineData(2027, "mei", "2028-05-01", false)]
    public void A_span_lands_on_its_first_school_day_past_weekends_public_holidays_and_shared_school_holidays(int startYear, string when, string day, bool closed)
    {
        using var input = CalendarInput.Create();
        // Week 53 exists only in 2026-2027.
        input.Write("kaarten/bestuur/bestuurskaart.md", File.ReadAllText(input["kaarten/bestuur/bestuurskaart.md"]).Replace("  - wanneer: week 53\n    wat: Weekmoment rond de jaarwisseling\n", ""));
        input.Write("kaarten/bestuur/feestdagen.md", $"---\ntitel: Feestdagen\nniveau: bestuur\neigenaar: bestuurder\nverantwoordelijke_rol: bestuurder\nkalendermoment:\n  - wanneer: {when}\n    wat: Proefmoment\n---\n");
        using var site = new BuiltSite(input.Path, new Model.SchoolYear(startYear));
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));

        var e = Parse(site, "kalender/bestuur.ics").Events.Single(x => x.Summary!.StartsWith("Bestuurder: Proefmoment", StringComparison.Ordinal));

        Assert.Equal(DateOnly.Parse(day, CultureInfo.InvariantCulture), e.DtStart!.Date);
        Assert.Equal(e.DtStart.Date.AddDays(1), e.DtEnd!.Date);
        Assert.Equal(closed, e.Description!.Contains("de scholen zijn dan dicht"));
    }

    [Fact]
    public void A_moment_before_the_autumn_holiday_lands_on_each_schools_own_last_day_and_the_board_sees_the_span()
    {
        using var input = CalendarInput.Create();
        input.Write("kaarten/onderwijs/herfst.md", "---\ntitel: Herfst\nniveau: beide\neigenaar: bestuurder\nverantwoordelijke_rol: directeur\nkalendermoment:\n  - wanneer: vóór de herfstvakantie\n    wat: Oudergesprekken afgerond\n---\n");
        using var site = new BuiltSite(input.Path);
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));

        // Noord is off from 17 October, zuid from 10 October (CalendarInput): each school its own last school day.
        Assert.Equal(new DateOnly(2026, 10, 16), Event(site, "scholen/noorderlicht/kalender.ics", "Oudergesprekken afgerond (uiterlijk 16 okt)").DtStart!.Date);
        Assert.Equal(new DateOnly(2026, 10, 9), Event(site, "scholen/zuiderzon/kalender.ics", "Oudergesprekken afgerond (uiterlijk 9 okt)").DtStart!.Date);
        var board = site.Html("kalender/index.html").QuerySelectorAll("li.moment").Where(li => li.TextContent.Contains("Oudergesprekken", StringComparison.Ordinal)).ToList();
        Assert.Equal("uiterlijk 9 t/m 16 oktober 2026", Assert.Single(board).QuerySelector(".datum")!.TextContent);
        Assert.Single(Parse(site, "kalender/handboek.ics").Events, e => e.Summary!.Contains("Oudergesprekken", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reminder_becomes_an_alarm_before_the_event()
    {
        using var input = CalendarInput.Create();
        var card = File.ReadAllText(input["kaarten/bestuur/bestuurskaart.md"]);
        input.Write("kaarten/bestuur/bestuurskaart.md", card.Replace("kalendermoment:\n", "herinnering: 2 weken\nkalendermoment:\n").Replace("    wat: Bestuursmoment\n", "    wat: Bestuursmoment\n    herinnering: 3 dagen\n"));
        using var site = new BuiltSite(input.Path);

        var moment = Event(site, "kalender/bestuur.ics", "Bestuursmoment (oktober)");
        var other = Event(site, "kalender/bestuur.ics", "Oudermoment op een bestuurskaart");
        Assert.Equal("-P3D", moment.Alarms.Single().Trigger!.Duration!.Value.ToString());
        Assert.Equal("-P2W", other.Alarms.Single().Trigger!.Duration!.Value.ToString());
        Assert.Equal("DISPLAY", moment.Alarms.Single().Action);
        Assert.Empty(Event(Site, "kalender/handboek.ics", "Afname doorstroomtoets").Alarms);
    }

    [Fact]
    public void A_moment_inserted_above_the_others_moves_no_event_in_anyones_agenda()
    {
        using var input = CalendarInput.Create();
        using var before = new BuiltSite(input.Path);
        var card = File.ReadAllText(input["kaarten/bestuur/bestuurskaart.md"]);
        input.Write("kaarten/bestuur/bestuurskaart.md", card.Replace("kalendermoment:\n", "kalendermoment:\n  - wanneer: september\n    wat: Nieuw moment bovenaan\n"));
        using var after = new BuiltSite(input.Path);

        foreach (var feed in new[] { "kalender/handboek.ics", "kalender/bestuur.ics", "scholen/noorderlicht/kalender.ics" })
        {
            var old = Parse(before, feed).Events.ToDictionary(e => e.Uid!, e => (e.Summary, e.DtStart!.Date));
            var now = Parse(after, feed).Events.Where(e => !e.Summary!.Contains("Nieuw moment", StringComparison.Ordinal)).ToDictionary(e => e.Uid!, e => (e.Summary, e.DtStart!.Date));
            Assert.Equal(old, now);
        }
    }

    [Fact]
    public void A_changed_card_gives_its_events_a_higher_sequence_and_the_commit_as_last_modified()
    {
        using var repository = new GitRepository();
        repository.Commit("Schoolgids", "2026-09-01T10:00:00+02:00");
        using (var first = new BuiltSite(repository.Input))
            Assert.All(ThisYear(Parse(first, "kalender/handboek.ics")), e => Assert.Equal(1, e.Sequence));

        var card = repository["input/kaarten/onderwijs/schoolgids.md"];
        repository.Write("input/kaarten/onderwijs/schoolgids.md", File.ReadAllText(card).Replace("kalendermoment: juni", "kalendermoment: mei"))
            .Commit("Schoolgids in mei", "2026-10-05T14:30:00+02:00");
        using var second = new BuiltSite(repository.Input);

        var moved = ThisYear(Parse(second, "kalender/handboek.ics")).Single();
        Assert.Equal(2, moved.Sequence);
        Assert.Equal(new DateTime(2026, 10, 5, 12, 30, 0, DateTimeKind.Utc), moved.LastModified!.AsUtc);
        Assert.Contains("LAST-MODIFIED:20261005T123000Z", second.Text("kalender/handboek.ics"));
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

    /// <summary>By what the event says after the role, which a feed with several roles puts first ("Directeur: ...").</summary>
    private static Ical.Net.CalendarComponents.CalendarEvent Event(BuiltSite site, string path, string summary) =>
        ThisYear(Parse(site, path)).Single(e => e.Summary == summary || e.Summary!.EndsWith(": " + summary, StringComparison.Ordinal));

    /// <summary>The events of the site's school year; a feed also holds the next one once it can be placed.</summary>
    private static List<Ical.Net.CalendarComponents.CalendarEvent> ThisYear(IcalCalendar calendar) =>
        [.. calendar.Events.Where(e => e.Uid!.Contains(".2026-2027.", StringComparison.Ordinal))];
}
