using Handboek.Tests.Support;
using IcalCalendar = Ical.Net.Calendar;

namespace Handboek.Tests.Maintenance;

/// <summary>/onderhoud/, its CSV and the review agendas, on a small handbook built on 23 November 2026 (the test clock).</summary>
public sealed class MaintenancePageTests : IDisposable
{
    private readonly TempFolder _input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
        .Write("kaarten/onderwijs/verlopen.md", Card("Verlopen", "volgende_herziening: 2026-10-01\nkalendermoment: maart\nwettelijke_eis: geen"))
        .Write("kaarten/onderwijs/bijna.md", Card("Bijna", "volgende_herziening: 2027-01-15\nkalendermoment: maart\nwettelijke_eis: geen"))
        .Write("kaarten/onderwijs/concept.md", Card("Ontwerp", "status: concept\nkalendermoment: maart\nwettelijke_eis: geen"))
        .Write("kaarten/onderwijs/oud.md", Card("Oud", "herzien_op: 2024-05-01\nkalendermoment: maart\nwettelijke_eis: geen"))
        .Write("kaarten/onderwijs/kaal.md", Card("Kaal", ""));

    private readonly BuiltSite _site;

    public MaintenancePageTests() => _site = new BuiltSite(_input.Path);

    public void Dispose()
    {
        _site.Dispose();
        _input.Dispose();
    }

    [Fact]
    public void Each_kind_of_work_has_its_section_with_exactly_its_cards()
    {
        var page = _site.Html("onderhoud/index.html");

        string[] Titles(string section) => [.. page.QuerySelectorAll($"#{section} tbody tr td:first-child").Select(td => td.TextContent)];
        Assert.Equal(["Verlopen"], Titles("verstreken"));
        Assert.Equal(["Bijna"], Titles("binnen-3-maanden"));
        Assert.Equal(["Oud"], Titles("cyclus"));
        Assert.Equal(["Ontwerp"], Titles("concept"));
        Assert.Equal(["Kaal"], Titles("zonder-moment"));
        Assert.Equal(["Kaal"], Titles("zonder-grondslag"));
        // Every warning of check, with file and line: here the overdue review.
        Assert.Contains(page.QuerySelectorAll("#meldingen tbody tr"), tr => tr.TextContent.Contains("kaarten/onderwijs/verlopen.md:6:", StringComparison.Ordinal)
            && tr.TextContent.Contains("de volgende herziening (2026-10-01) is verstreken", StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("tbody tr"), tr => Assert.Equal("directeur", tr.GetAttribute("data-eigenaar")));
        Assert.Contains("23 november 2026", page.QuerySelector(".inleiding")!.TextContent);
    }

    [Fact]
    public void The_csv_holds_the_same_rows_for_Excel()
    {
        var lines = File.ReadAllText(Path.Combine(_site.Dir, "onderhoud/onderhoud.csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("soort;kaart;titel;eigenaar;niveau;datum;toelichting", lines[0]);
        Assert.Equal("verstreken;verlopen;Verlopen;Directeur;school;2026-10-01;herziening verstreken", lines[1]);
        Assert.Equal(_site.Html("onderhoud/index.html").QuerySelectorAll("tbody tr").Length, lines.Length - 1);
    }

    [Fact]
    public void The_owner_subscribes_to_the_review_dates_of_her_cards()
    {
        var calendar = IcalCalendar.Load(File.ReadAllText(Path.Combine(_site.Dir, "onderhoud/herzieningen-directeur.ics")))!;

        Assert.Equal([("Herziening: Verlopen", new DateOnly(2026, 10, 1)), ("Herziening: Bijna", new DateOnly(2027, 1, 15))],
            calendar.Events.Select(e => (e.Summary!, DateOnly.FromDateTime(e.DtStart!.Value))));
        Assert.All(calendar.Events, e => Assert.EndsWith(".herziening@handboek.test.nl", e.Uid, StringComparison.Ordinal));
        Assert.Equal("/onderhoud/herzieningen-directeur.ics", _site.Html("onderhoud/index.html").QuerySelector("a[href$='.ics']")!.GetAttribute("href"));
    }

    private static string Card(string title, string extra) =>
        $"---\ntitel: {title}\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: directeur\n{extra}\n---\n";
}
