namespace Handboek.Rendering;

// The typed objects templates see. Scriban exposes their members in snake_case (VastgesteldOp: vastgesteld_op).
// Strings are raw text: templates escape them with html.escape; only properties named Html hold markup.

public sealed record SiteView(
    string Naam,
    string Schooljaar,
    string Home,
    string Kalender,
    string Stylesheet,
    string KalenderScript,
    IReadOnlyList<LinkView> Categorieen,
    IReadOnlyList<LinkView> Paginas);

/// <param name="Soort">A class on the body element, so print styles can tell a poster from a card.</param>
public sealed record PageView(string Titel, string Url, string? Beschrijving, string Soort = "pagina");

public sealed record LinkView(string Titel, string Url, string? Toelichting = null);

public sealed record RoleView(string Id, string Naam, string Omschrijving, string Niveau);

public sealed record LegalView(string Label, string Url);

public sealed record StandardView(string Code, string Naam);

public sealed record ParticipationView(RoleView Orgaan, string Recht);

public sealed record MomentView(
    string Wat,
    string Wanneer,
    string Datum,
    RoleView Rol,
    string? Cyclus,
    bool InSchooljaar,
    string? VolgendeKeer);

public sealed record CardView
{
    public required string Id { get; init; }
    public required string Titel { get; init; }
    public string? Samenvatting { get; init; }
    public required string Url { get; init; }
    public required LinkView Categorie { get; init; }
    public required string Niveau { get; init; }
    public required string Status { get; init; }
    public required bool Concept { get; init; }
    public required IReadOnlyList<LegalView> WettelijkeEisen { get; init; }
    public required bool GeenWettelijkeEis { get; init; }
    public required RoleView Eigenaar { get; init; }
    public required IReadOnlyList<RoleView> Verantwoordelijk { get; init; }
    public required IReadOnlyList<RoleView> Geraadpleegd { get; init; }
    public required IReadOnlyList<RoleView> Geinformeerd { get; init; }
    public required IReadOnlyList<RoleView> Goedkeuring { get; init; }
    public required IReadOnlyList<ParticipationView> Medezeggenschap { get; init; }
    public required IReadOnlyList<MomentView> Momenten { get; init; }
    public required IReadOnlyList<StandardView> Inspectiekader { get; init; }
    public string? VastgesteldOp { get; init; }
    public string? HerzienOp { get; init; }
    public string? VolgendeHerziening { get; init; }
    public required IReadOnlyList<LinkView> Gerelateerd { get; init; }
    public required IReadOnlyList<LinkView> GenoemdIn { get; init; }
    public required string Html { get; init; }
}

public sealed record CategoryView(string Naam, string Url, IReadOnlyList<LinkView> Kaarten);

public sealed record HomeView(IReadOnlyList<CategoryView> Categorieen, int AantalKaarten, IReadOnlyList<LinkView> Paginas);

public sealed record ContentPageView(string Titel, string? Samenvatting, string Html);

public sealed record CalendarView
{
    public required string Titel { get; init; }
    public required string Organisatie { get; init; }
    public required string Omschrijving { get; init; }
    public required string Pagina { get; init; }
    public required string Agenda { get; init; }
    public string? Poster { get; init; }
    public required IReadOnlyList<MonthView> Maanden { get; init; }
    public required IReadOnlyList<EntryView> Doorlopend { get; init; }
    public required IReadOnlyList<EntryView> AndereJaren { get; init; }
    public required IReadOnlyList<RoleView> Rollen { get; init; }
    public required IReadOnlyList<LinkView> Kalenders { get; init; }
    public required IReadOnlyList<LinkView> Scholen { get; init; }
    public required IReadOnlyList<LinkView> RolKalenders { get; init; }
}

/// <param name="Id">"2026-10": matched by the script that highlights the current month.</param>
public sealed record MonthView(string Id, string Naam, string KorteNaam, IReadOnlyList<EntryView> Momenten, IReadOnlyList<HolidayView> Vakanties);

public sealed record EntryView(
    string Datum,
    string KorteDatum,
    string? Van,
    string Wat,
    RoleView Rol,
    string Niveau,
    LinkView Kaart,
    bool InVakantie,
    string? VolgendeKeer);

public sealed record HolidayView(string Naam, string Periode);
