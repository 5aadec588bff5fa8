using System.Runtime.CompilerServices;
using Handboek.Model;

namespace Handboek.Rendering;

// The typed objects templates see. Scriban exposes their members in snake_case (VastgesteldOp: vastgesteld_op).
// Strings are raw text: templates escape them with html.escape; only properties named Html hold markup.

public sealed record SiteView(
    string Naam,
    string Schooljaar,
    string Home,
    string Kalender,
    string Rollen,
    string Stylesheet,
    string Assets,
    string Zoeken,
    string Afdrukken,
    string Wijzigingen,
    string WijzigingenFeed,
    string? MerkStylesheet,
    string? Logo,
    IReadOnlyList<LinkView> Categorieen,
    IReadOnlyList<LinkView> Paginas);

/// <param name="Soort">A class on the body element, so print styles can tell a poster from a card.</param>
public sealed record PageView(string Titel, string Url, string? Beschrijving, string Soort = "pagina");

public sealed record LinkView(string Titel, string Url, string? Toelichting = null);

public sealed record RoleView(string Id, string Naam, string Omschrijving, string Niveau, string Url)
{
    public static RoleView Of(Model.Role role, SiteUrls urls) => new(role.Id, role.Name, role.Description, role.Level.Id(), urls.Role(role.Id));

    /// <summary>One view per role, by id, for factories that show roles on every card or calendar entry.</summary>
    public static IReadOnlyDictionary<string, RoleView> ById(Model.Handbook handbook, SiteUrls urls) =>
        handbook.Roles.ToDictionary(r => r.Id, r => Of(r, urls), StringComparer.Ordinal);
}

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
    /// <summary>The body, rendered by the <see cref="FragmentCache"/> the first time a template shows it (<c>kaart.html</c>).</summary>
    public required MarkdownBody Source { get; init; }

    /// <summary>Prefixes the body's heading ids for a card shown among others on one page (the printable handbook).</summary>
    public string? IdPrefix { get; init; }

    /// <summary>The GitHub edit page of the card's file; null without a repository in handboek.yml.</summary>
    public string? BewerkUrl { get; init; }

    /// <summary>The last commit that changed the card's file; null without git history (vastgesteld_op and herzien_op still show).</summary>
    public ChangeView? LaatstGewijzigd { get; init; }

    /// <summary>Pagefind filters: categorie, niveau, rol, wet, inspectiekader, maand.</summary>
    public required IReadOnlyList<SearchFilter> Zoekfilters { get; init; }
}

/// <summary>One filter value; rendered as <c>data-pagefind-filter="naam:waarde"</c>.</summary>
public sealed record SearchFilter(string Naam, string Waarde)
{
    /// <summary>Pagefind separates several filters in one attribute with commas.</summary>
    public string Attribuut => $"{Naam}:{Waarde.Replace(',', ' ')}";
}

public sealed record CategoryView(string Naam, string Url, IReadOnlyList<LinkView> Kaarten);

public sealed record HomeView(IReadOnlyList<CategoryView> Categorieen, int AantalKaarten, IReadOnlyList<LinkView> Paginas);

public sealed record ContentPageView(string Titel, string? Samenvatting, Utf8TemplateOutput Html);

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

/// <summary>One moment on a calendar; templates show it as <c>m.html</c> or <c>m.poster_html</c>, rendered once by the <see cref="FragmentCache"/>.</summary>
public sealed record EntryView(
    string Datum,
    string KorteDatum,
    string? Van,
    string Wat,
    RoleView Rol,
    string Niveau,
    LinkView Kaart,
    bool InVakantie,
    string? VolgendeKeer)
{
    // Scriban compares each loop item with the one before (for.changed); a calendar loops over tens of thousands of
    // entries, and comparing them field by field was a measurable part of rendering it.
    public bool Equals(EntryView? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

public sealed record HolidayView(string Naam, string Periode);

public sealed record MatrixView(
    IReadOnlyList<MatrixColumnGroup> Groepen,
    IReadOnlyList<MatrixRowGroup> Rijen,
    IReadOnlyList<LegendItem> Legenda,
    string Csv,
    string Medezeggenschap)
{
    /// <summary>Too many cards × roles for one page: the page lists the roles and points to the CSV instead.</summary>
    public bool TeGroot { get; init; }

    /// <summary>Columns of the table: the card column plus one per role.</summary>
    public int Breedte => 1 + Groepen.Sum(g => g.Rollen.Count);
}

public sealed record MatrixColumnGroup(string Niveau, string Naam, IReadOnlyList<RoleView> Rollen);

public sealed record MatrixRowGroup(LinkView Categorie, IReadOnlyList<MatrixRow> Kaarten);

public sealed record MatrixRow(LinkView Kaart, IReadOnlyList<MatrixCell> Cellen);

public sealed record MatrixCell(string Rol, string Niveau, string Letters);

public sealed record LegendItem(string Letter, string Betekenis);

public sealed record ParticipationMatrixView(
    IReadOnlyList<RoleView> Organen,
    IReadOnlyList<ParticipationRow> Rijen,
    IReadOnlyList<string> Rechten,
    string Csv,
    string Matrix);

public sealed record ParticipationRow(LinkView Kaart, IReadOnlyList<ParticipationCell> Cellen, IReadOnlyList<LegalView> Basis);

public sealed record ParticipationCell(string Orgaan, string Recht);

public sealed record RolePageView(
    RoleView Rol,
    string Niveau,
    IReadOnlyList<LetterGroup> Taken,
    IReadOnlyList<ParticipationItem> Medezeggenschap,
    IReadOnlyList<EntryView> Momenten,
    string Kalender,
    string Agenda,
    string Matrix);

public sealed record LetterGroup(string Letter, string Naam, string Betekenis, IReadOnlyList<LinkView> Kaarten);

public sealed record ParticipationItem(LinkView Kaart, string Recht, IReadOnlyList<LegalView> Basis);

public sealed record PrintBookView(string Naam, string Schooljaar, IReadOnlyList<PrintBookChapter> Hoofdstukken);

/// <param name="Kaarten">Made while the template goes through them, each time: held all at once, the views of a large
/// handbook would take hundreds of megabytes.</param>
public sealed record PrintBookChapter(string Id, string Naam, IEnumerable<CardView> Kaarten);

/// <summary>A commit as shown under "Laatst gewijzigd" on a card and on /wijzigingen/.</summary>
/// <param name="Tijdstip">The author date as RFC 3339, for &lt;time&gt; and the feed.</param>
/// <param name="CommitUrl">The commit on GitHub; null without a repository in handboek.yml.</param>
public sealed record ChangeView(string Datum, string Tijdstip, string Bericht, string Commit, string? CommitUrl);

/// <summary>One commit on /wijzigingen/ with what it changed: cards, pages, and other input files by path.</summary>
public sealed record ChangeEntryView(ChangeView Wijziging, IReadOnlyList<LinkView> Kaarten, IReadOnlyList<LinkView> Paginas, IReadOnlyList<string> Bestanden);

/// <param name="Uitleg">Why there is no history (a shallow clone, no git); null when there is.</param>
public sealed record ChangesView(IReadOnlyList<ChangeEntryView> Wijzigingen, string? Uitleg, string Feed);
