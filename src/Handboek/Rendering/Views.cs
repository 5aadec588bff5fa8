using System.Runtime.CompilerServices;
using Handboek.Model;
using Handboek.Responsibilities;

namespace Handboek.Rendering;

// The typed objects templates see, as plain data. Templates read their members by Dutch names (CardView.AdoptedOn:
// kaart.vastgesteld_op), listed in TemplateNames. Strings are raw text: templates escape them with html.escape; only
// members named Html hold markup.

public sealed record SiteView(
    string Name,
    string SchoolYear,
    string Home,
    string Calendar,
    string Roles,
    string Stylesheet,
    string Assets,
    string Search,
    string PrintBook,
    string Changes,
    string ChangesFeed,
    string Standards,
    string Laws,
    string Obligations,
    string Maintenance,
    string? BrandStylesheet,
    string? Logo,
    string Icon,
    IReadOnlyList<LinkView> Categories,
    IReadOnlyList<LinkView> Pages)
{
    /// <summary>In an archived year's site (build --archief): that school year, shown in a banner; null for the current handbook.</summary>
    public string? Archive { get; init; }

    /// <summary>In an archived year's site: the current handbook's home page.</summary>
    public string? CurrentHome { get; init; }
}

/// <param name="Soort">A class on the body element, so print styles can tell a poster from a card.</param>
public sealed record PageView(string Title, string Url, string? MetaDescription, string Kind = "pagina");

/// <summary>/beheer/: the form editor's page.</summary>
/// <param name="Scripts">The editor's scripts in load order; empty when npm ci has not installed it.</param>
/// <param name="Shapes">Per card key the shape beheer.js gives its value in the form, as JSON.</param>
/// <param name="Repository">The GitHub repository saves go to; null when handboek.yml names none.</param>
public sealed record EditorView(string Config, IReadOnlyList<string> Scripts, string Shapes, string? Repository, string HowToInstall);

public sealed record LinkView(string Title, string Url, string? Note = null);

public sealed record RoleView(string Id, string Name, string Description, string Level, string Url)
{
    public static RoleView Of(Model.Role role, SiteUrls urls) => new(role.Id, role.Name, role.Description, role.Level.Id(), urls.Role(role.Id));

    /// <summary>One view per role, by id, for factories that show roles on every card or calendar entry.</summary>
    public static IReadOnlyDictionary<string, RoleView> ById(Model.Handbook handbook, SiteUrls urls) =>
        handbook.Roles.ToDictionary(r => r.Id, r => Of(r, urls), StringComparer.Ordinal);
}

public sealed record LegalView(string Label, string Url);

public sealed record StandardView(string Code, string Name);

public sealed record ParticipationView(RoleView Organ, string Right);

public sealed record MomentView(
    string What,
    string When,
    string Date,
    RoleView Role,
    string? Cycle,
    bool InSchoolYear,
    string? NextTime);

public sealed record CardView
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public required string Url { get; init; }
    public required LinkView Category { get; init; }
    public required string Level { get; init; }
    public required string Status { get; init; }
    public required bool IsDraft { get; init; }
    public required IReadOnlyList<LegalView> LegalRequirements { get; init; }
    public required bool NoLegalRequirement { get; init; }
    public required RoleView Owner { get; init; }
    public required IReadOnlyList<RoleView> Responsible { get; init; }
    public required IReadOnlyList<RoleView> Consulted { get; init; }
    public required IReadOnlyList<RoleView> Informed { get; init; }
    public required IReadOnlyList<RoleView> Approval { get; init; }
    public required IReadOnlyList<ParticipationView> Participation { get; init; }
    public required IReadOnlyList<MomentView> Moments { get; init; }
    public required IReadOnlyList<StandardView> Standards { get; init; }
    public string? AdoptedOn { get; init; }
    public string? RevisedOn { get; init; }
    public string? NextReview { get; init; }

    /// <summary>The decision history from <c>besluiten</c>, oldest first.</summary>
    public IReadOnlyList<DecisionView> Decisions { get; init; } = [];

    public required IReadOnlyList<LinkView> Related { get; init; }
    public required IReadOnlyList<LinkView> MentionedIn { get; init; }
    /// <summary>The body, rendered by the <see cref="FragmentCache"/> the first time a template shows it (<c>kaart.html</c>).</summary>
    public required MarkdownBody Source { get; init; }

    /// <summary>Prefixes the body's heading ids for a card shown among others on one page (the printable handbook).</summary>
    public string? IdPrefix { get; init; }

    /// <summary>The GitHub edit page of the card's file; null without a repository in handboek.yml.</summary>
    public string? EditUrl { get; init; }

    /// <summary>The last commit that changed the card's file; null without git history (vastgesteld_op and herzien_op still show).</summary>
    public ChangeView? LastChange { get; init; }

    /// <summary>Pagefind filters: categorie, niveau, rol, wet, inspectiekader, maand.</summary>
    public required IReadOnlyList<SearchFilter> SearchFilters { get; init; }
}

/// <summary>
/// /inspectiekader/, /wetten/ and /wetten/&lt;wet&gt;/: per group (a niveau, a law) its standards or articles and the
/// cards that cover them; a row without cards is what the handbook leaves open.
/// </summary>
/// <param name="Column">The heading of the first column: Standaard, Artikel.</param>
/// <param name="Trail">The breadcrumb between the home page and this page.</param>
public sealed record CoverageView(string Title, string Introduction, string Column, IReadOnlyList<CoverageGroup> Groups, IReadOnlyList<LinkView> Trail);

/// <param name="External">The law on wetten.overheid.nl.</param>
public sealed record CoverageGroup(string Name, string? Url, string? External, IReadOnlyList<CoverageRow> Rows);

/// <param name="Url">The standard's own page.</param>
/// <param name="External">The article on wetten.overheid.nl.</param>
public sealed record CoverageRow(string Code, string Name, string? Url, string? External, IReadOnlyList<LinkView> Cards);

/// <summary>/inspectiekader/&lt;code&gt;/: one standard and the cards that name it.</summary>
public sealed record StandardPageView(string Code, string Name, string Level, IReadOnlyList<LinkView> Cards, string Overview);

/// <summary>/onderhoud/: per kind of work its rows, with filters by eigenaar and niveau, the CSV and the review agendas.</summary>
public sealed record MaintenanceView(string Today, IReadOnlyList<FilterView> Filters, IReadOnlyList<MaintenanceSection> Sections, string Csv, IReadOnlyList<LinkView> ReviewFeeds);

public sealed record MaintenanceSection(string Id, string Title, string Explanation, IReadOnlyList<MaintenanceRow> Rows);

/// <param name="Card">Null for a warning about a data file.</param>
/// <param name="Owner">The card's eigenaar; null without a card.</param>
public sealed record MaintenanceRow(LinkView? Card, RoleView? Owner, string Level, string? Date, string Note);

/// <param name="Kind">vastgesteld, instemming, advies, goedgekeurd or informatie.</param>
public sealed record DecisionView(string Date, RoleView Organ, string Kind, string? Document);

/// <summary>The old address of a renamed card, sending the reader to <see cref="Url"/>.</summary>
public sealed record RedirectView(string Title, string Url);

/// <summary>The search page: the Pagefind script and the words it widens a question with (Outputs/SearchWordsOutput).</summary>
public sealed record SearchView(string Index, string Words);

/// <summary>One filter value; rendered as <c>data-pagefind-filter="naam:waarde"</c>.</summary>
public sealed record SearchFilter(string Name, string Value)
{
    /// <summary>Pagefind separates several filters in one attribute with commas.</summary>
    public string Attribute => $"{Name}:{Value.Replace(',', ' ')}";
}

public sealed record CategoryView(string Name, string Url, IReadOnlyList<LinkView> Cards);

public sealed record HomeView(IReadOnlyList<CategoryView> Categories, int CardCount, IReadOnlyList<LinkView> Pages, ForMeView ForMe);

/// <summary>
/// "Voor mij" on the home page: the reader picks a role (and for a role at the schools, a school) and the page shows
/// that person's moments from the calendar's momenten.json.
/// </summary>
/// <param name="SchoolRoleMoments">The address of a role at a school's momenten.json, with {school} and {rol} to fill in.</param>
/// <param name="AllMoments">The whole handbook's momenten.json, shown before a choice.</param>
public sealed record ForMeView(IReadOnlyList<RoleChoiceGroup> Roles, IReadOnlyList<FilterOption> Schools, string SchoolRoleMoments, string AllMoments);

public sealed record RoleChoiceGroup(string Name, IReadOnlyList<RoleChoice> Roles);

/// <param name="PerSchool">The role works at a school, so the reader also picks one; else <see cref="Moments"/> is the role's own file.</param>
public sealed record RoleChoice(string Id, string Name, bool PerSchool, string? Moments);

public sealed record ContentPageView(string Title, string? Summary, Utf8TemplateOutput Html);

public sealed record CalendarView
{
    public required string Title { get; init; }
    public required string Organisation { get; init; }
    public required string Description { get; init; }
    public required string Page { get; init; }

    /// <summary>The .ics feed; null when the calendar has no dated moments (no empty feed is written).</summary>
    public string? Ics { get; init; }

    /// <summary>The same feed as a webcal:// address, which agendas open as a subscription.</summary>
    public string? Subscribe { get; init; }

    /// <summary>The feed's full https address, to paste into an agenda that does not open webcal links.</summary>
    public string? FeedAddress { get; init; }

    /// <summary>The next school year when the feed already holds it ("2027-2028"); the page shows this year only.</summary>
    public string? NextYearInFeed { get; init; }

    public string? Poster { get; init; }
    public required IReadOnlyList<MonthView> Months { get; init; }

    /// <summary>The months as the printed year poster lays them out: one A4 sheet, or two (see <see cref="PosterLayout"/>).</summary>
    public required IReadOnlyList<PosterSheet> PosterSheets { get; init; }

    public required IReadOnlyList<EntryView> Ongoing { get; init; }
    public required IReadOnlyList<EntryView> OtherYears { get; init; }
    public required IReadOnlyList<RoleView> Roles { get; init; }
    public required IReadOnlyList<LinkView> Calendars { get; init; }
    public required IReadOnlyList<LinkView> Schools { get; init; }
    public required IReadOnlyList<LinkView> RoleCalendars { get; init; }

    /// <summary>On a school's calendar: the calendar of each role at that school.</summary>
    public required IReadOnlyList<LinkView> SchoolRoles { get; init; }
    public required IReadOnlyList<FilterView> Filters { get; init; }

    /// <summary>A role's calendar: it offers "alleen wat ik uitvoer" instead of a role filter.</summary>
    public bool ForRole { get; init; }

    /// <summary>Each letter in words ("I": "ter informatie"), for the script that marks why a moment shows for a chosen role.</summary>
    public IReadOnlyList<LegendItem> Involvements { get; } = Letters.All.Select(l => new LegendItem(l.ToString(), l.Involvement())).ToList();
}

/// <param name="Id">"2026-10": matched by the script that highlights the current month.</param>
public sealed record MonthView(string Id, string Name, string ShortName, IReadOnlyList<EntryView> Moments, IReadOnlyList<HolidayView> Holidays);

/// <summary>One moment on a calendar; templates show it as <c>m.html</c> or <c>m.poster_html</c>, rendered once by the <see cref="FragmentCache"/>.</summary>
/// <param name="Kind">The kind of date (uiterlijk, dag, periode, maand, week, doorlopend): a deadline shows as one.</param>
/// <param name="Letter">On a role's calendar, the role's letter on the card when another role carries the moment out.</param>
/// <param name="Involvement">That letter in words: "ter informatie".</param>
/// <param name="Involved">Every role with a letter on the card, as "directeur:A leerkracht:I", for the role filter's script.</param>
public sealed record EntryView(
    string Date,
    string ShortDate,
    string Kind,
    string? From,
    string? To,
    string What,
    RoleView Role,
    string Level,
    LinkView Card,
    bool InHolidays,
    string? NextTime,
    string? Letter,
    string? Involvement,
    string Involved)
{
    // Scriban compares each loop item with the one before (for.changed); a calendar loops over tens of thousands of
    // entries, and comparing them field by field was a measurable part of rendering it.
    public bool Equals(EntryView? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

public sealed record HolidayView(string Name, string Period);

public sealed record MatrixView(
    IReadOnlyList<FilterView> Filters,
    IReadOnlyList<MatrixColumnGroup> Groups,
    IReadOnlyList<MatrixRowGroup> Rows,
    IReadOnlyList<LegendItem> Legend,
    string Csv,
    string Participation)
{
    /// <summary>Too many cards × roles for one page: the page lists the roles and points to the CSV instead.</summary>
    public bool TooLarge { get; init; }

    /// <summary>Columns of the table: the card column plus one per role.</summary>
    public int Width => 1 + Groups.Sum(g => g.Roles.Count);
}

public sealed record MatrixColumnGroup(string Level, string Name, IReadOnlyList<RoleView> Roles);

public sealed record MatrixRowGroup(LinkView Category, IReadOnlyList<MatrixRow> Cards);

public sealed record MatrixRow(LinkView Card, IReadOnlyList<MatrixCell> Cells);

public sealed record MatrixCell(string Role, string Level, string Letters);

public sealed record LegendItem(string Letter, string Meaning);

public sealed record ParticipationMatrixView(
    IReadOnlyList<FilterView> Filters,
    IReadOnlyList<RoleView> Organs,
    IReadOnlyList<ParticipationRow> Rows,
    IReadOnlyList<string> Rights,
    string Csv,
    string Matrix);

public sealed record ParticipationRow(LinkView Card, IReadOnlyList<ParticipationCell> Cells, IReadOnlyList<LegalView> LegalBasis);

public sealed record ParticipationCell(string Organ, string Right);

/// <param name="Tasks">The letters the role has on some card, each with those cards.</param>
public sealed record RolePageView(
    RoleView Role,
    string Level,
    IReadOnlyList<LetterGroup> Tasks,
    IReadOnlyList<ParticipationItem> Participation,
    IReadOnlyList<EntryView> Moments,
    string Calendar,
    string? Ics,
    string? Subscribe,
    string Matrix);

public sealed record LetterGroup(string Letter, string Name, string Meaning, IReadOnlyList<LinkView> Cards);

public sealed record ParticipationItem(LinkView Card, string Right, IReadOnlyList<LegalView> LegalBasis);

public sealed record PrintBookView(string Name, string SchoolYear, IReadOnlyList<PrintBookChapter> Chapters);

/// <param name="Kaarten">Made while the template goes through them, each time: held all at once, the views of a large
/// handbook would take hundreds of megabytes.</param>
public sealed record PrintBookChapter(string Id, string Name, IEnumerable<CardView> Cards);

/// <summary>A commit as shown under "Laatst gewijzigd" on a card and on /wijzigingen/.</summary>
/// <param name="Tijdstip">The author date as RFC 3339, for &lt;time&gt; and the feed.</param>
/// <param name="CommitUrl">The commit on GitHub; null without a repository in handboek.yml.</param>
public sealed record ChangeView(string Date, string Time, string Message, string Commit, string? CommitUrl);

/// <summary>One commit on /wijzigingen/ with what it changed: cards, pages, and other input files by path.</summary>
public sealed record ChangeEntryView(ChangeView Change, IReadOnlyList<LinkView> Cards, IReadOnlyList<LinkView> Pages, IReadOnlyList<string> Files);

/// <param name="Uitleg">Why there is no history (a shallow clone, no git); null when there is.</param>
public sealed record ChangesView(IReadOnlyList<ChangeEntryView> Changes, string? Explanation, string Feed);

/// <summary>One choice of a filter form (<c>partials/filters.html</c>): a select whose first option, <see cref="All"/>, filters nothing.</summary>
public sealed record FilterView(string Id, string Label, string All, IReadOnlyList<FilterOption> Options);

public sealed record FilterOption(string Value, string Name);
