using AngleSharp.Html.Dom;
using Handboek.Responsibilities;
using Handboek.Tests.Support;

namespace Handboek.Tests.Calendar;

/// <summary>The calendar pages as a reader sees them, built from <see cref="CalendarInput"/>.</summary>
public sealed class CalendarPageTests : IDisposable
{
    private readonly TempFolder _input = CalendarInput.Create();
    private readonly BuiltSite _site;

    public CalendarPageTests() => _site = new BuiltSite(_input.Path);

    public void Dispose()
    {
        _site.Dispose();
        _input.Dispose();
    }

    [Fact]
    public void Every_calendar_runs_August_to_July_and_says_when_a_month_is_empty()
    {
        var page = _site.Html("kalender/bestuur/index.html");

        Assert.Equal(
            ["2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07"],
            page.QuerySelectorAll("section[data-maand]").Select(s => s.GetAttribute("data-maand")));
        Assert.Equal("Geen momenten in deze maand.", Month(page, "2026-08").QuerySelector(".leeg")!.TextContent);
        Assert.Equal(["Bestuursmoment"], Whats(Month(page, "2026-10")));
    }

    [Fact]
    public void The_board_school_and_role_pages_show_what_the_placement_rule_says()
    {
        Assert.Equal(
            ["Bestuursmoment", "Oudermoment op een bestuurskaart", "Weekmoment rond de jaarwisseling", "Oudermoment op een kaart voor beide"],
            Whats(_site.Html("kalender/bestuur/index.html").QuerySelector("main")!).Distinct());

        var school = _site.Html("scholen/noorderlicht/kalender/index.html");
        Assert.Contains("OBS Noorderlicht", school.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Bestuursmoment", Whats(school.QuerySelector("main")!));
        Assert.Contains("Schoolmoment van een bestuurskaart", Whats(school.QuerySelector("main")!));

        // A role's calendar also holds the moments of cards it has a letter on, marked with why.
        var ouders = _site.Html("rollen/ouders/kalender/index.html");
        Assert.Equal(["Oudermoment op een bestuurskaart", "Oudermoment op een kaart voor beide", "Schoolgids"], Whats(ouders.QuerySelector("main")!));
        Assert.Equal(["I ter informatie"], ouders.QuerySelectorAll("li.moment.betrokken .betrokkenheid").Select(b => b.TextContent));
    }

    [Fact]
    public void A_role_with_no_part_in_a_dated_moment_gets_no_feed_and_its_page_says_so()
    {
        var handbook = _site.Result.Handbook!;
        var idle = handbook.Roles.First(r => !File.Exists(Path.Combine(_site.Dir, $"rollen/{r.Id}/kalender.ics")));

        Assert.DoesNotContain(handbook.Cards, c => c.Moments.Any(m => m.RoleId == idle.Id) || ResponsibilityMatrix.Assignments(c).Any(a => a.Role == idle.Id));
        Assert.Contains("Geen momenten met een datum, dus geen agenda-bestand.", _site.Text($"rollen/{idle.Id}/kalender/index.html"));
    }

    [Fact]
    public void A_range_that_wraps_past_July_shows_in_each_of_its_months()
    {
        var page = _site.Html("scholen/noorderlicht/kalender/index.html");

        var months = page.QuerySelectorAll("section[data-maand]")
            .Where(s => Whats(s).Contains("Zomerreeks"))
            .Select(s => s.GetAttribute("data-maand"));
        Assert.Equal(["2026-08", "2026-09", "2027-06", "2027-07"], months);
    }

    [Fact]
    public void An_iso_week_across_new_year_is_shown_with_its_days_in_December()
    {
        var entry = Month(_site.Html("kalender/index.html"), "2026-12").QuerySelectorAll("li.moment")
            .Single(li => li.QuerySelector(".wat")!.TextContent == "Weekmoment rond de jaarwisseling");

        Assert.Equal("28 december 2026 t/m 1 januari 2027", entry.QuerySelector(".datum")!.TextContent);
        Assert.Equal("2026-12-28", entry.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Undated_moments_are_under_Doorlopend_and_skipped_cycles_say_when_they_come_next()
    {
        var page = _site.Html("scholen/noorderlicht/kalender/index.html");

        Assert.Equal(["Altijd bezig"], Whats(page.QuerySelector(".doorlopend")!));
        var skipped = page.QuerySelector(".andere-jaren li.moment")!;
        Assert.Equal("Audit", skipped.QuerySelector(".wat")!.TextContent);
        Assert.Contains("volgende keer: 2027-2028", skipped.TextContent);
    }

    [Fact]
    public void A_school_calendar_shades_its_own_regions_holidays_and_moments_in_them()
    {
        var noord = Month(_site.Html("scholen/noorderlicht/kalender/index.html"), "2026-10");
        var zuid = Month(_site.Html("scholen/zuiderzon/kalender/index.html"), "2026-10");

        Assert.Equal("Herfstvakantie: 17 t/m 25 oktober 2026", noord.QuerySelector(".vakantie")!.TextContent);
        Assert.Equal("Herfstvakantie: 10 t/m 18 oktober 2026", zuid.QuerySelector(".vakantie")!.TextContent);
        Assert.Contains("in-vakantie", StudyDay(noord).ClassList);
        Assert.DoesNotContain("in-vakantie", StudyDay(zuid).ClassList);
    }

    [Fact]
    public void A_moment_in_a_schools_holiday_is_a_warning_naming_card_and_school()
    {
        var warning = Assert.Single(_site.Result.Diagnostics);

        Assert.Equal(Handboek.Diagnostics.Severity.Warning, warning.Severity);
        Assert.EndsWith("beidekaart.md", warning.Location.File);
        Assert.Equal((12, 14), (warning.Location.Line, warning.Location.Column));
        Assert.Equal(
            "'Studiedag, valt in de herfstvakantie van het noorden' van kaart 'beidekaart' (20 oktober 2026) valt in de herfstvakantie van OBS Noorderlicht; kies een datum buiten de vakantie",
            warning.Message);
    }

    [Fact]
    public void The_calendar_page_documents_the_placement_rule_and_links_every_calendar()
    {
        var page = _site.Html("kalender/index.html");
        var uitleg = page.QuerySelector(".kalender-uitleg")!;

        Assert.Contains("extern", uitleg.TextContent);
        Assert.Contains("eerste schooldag", uitleg.TextContent);
        var links = uitleg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/scholen/zuiderzon/kalender/", links);
        Assert.Contains("/rollen/ib-er/kalender/", links);
        Assert.Contains("/kalender/bestuur/", links);
        var agenda = page.QuerySelectorAll(".kalender-acties li:not(.naar-vandaag) a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["webcal://handboek.test.nl/kalender/handboek.ics", "/kalender/handboek.ics"], agenda.Take(2));
        Assert.Contains("https://handboek.test.nl/kalender/handboek.ics", page.QuerySelector(".abonneren .agenda-adres")!.TextContent);
        Assert.True(page.QuerySelector(".kalender-filters")!.HasAttribute("hidden"), "without JavaScript the filters stay hidden");
    }

    [Fact]
    public void Another_school_year_shows_the_cycle_that_skipped_this_one_and_rejects_a_week_it_lacks()
    {
        using var site = new BuiltSite(_input.Path, year: new Handboek.Model.SchoolYear(2027));
        Assert.Contains("week 53 valt niet in schooljaar 2027-2028", Assert.Single(site.Result.Diagnostics).Message);

        _input.Write("kaarten/bestuur/bestuurskaart.md", "---\ntitel: Bestuurskaart\nniveau: bestuur\neigenaar: bestuurder\nverantwoordelijke_rol: bestuurder\n---\n");
        using var fixedSite = new BuiltSite(_input.Path, year: new Handboek.Model.SchoolYear(2027));
        Assert.Contains("Audit", Whats(Month(fixedSite.Html("kalender/index.html"), "2028-02")));
    }

    private static IHtmlElement Month(IHtmlDocument page, string id) => (IHtmlElement)page.QuerySelector($"section[data-maand='{id}']")!;

    private static IHtmlElement StudyDay(IHtmlElement month) =>
        (IHtmlElement)month.QuerySelectorAll("li.moment").Single(li => li.QuerySelector(".wat")!.TextContent.StartsWith("Studiedag", StringComparison.Ordinal));

    /// <summary>The activities listed in a section; for a whole page only the dated ones.</summary>
    private static List<string> Whats(AngleSharp.Dom.IElement scope) =>
        scope.QuerySelectorAll("li.moment .wat")
            .Where(w => scope.Matches(".doorlopend, .andere-jaren") || w.Closest(".doorlopend, .andere-jaren") is null)
            .Select(w => w.TextContent)
            .ToList();
}
