using Handboek.Model;

namespace Handboek.Schema;

/// <summary>What kind of value a key takes, as the quality officer writes it.</summary>
public enum ValueKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Lowercase letters, digits and dashes: part of an address.</summary>
    Slug,

    /// <summary>One of <see cref="SchemaKey.Choices"/>.</summary>
    Choice,

    /// <summary>One role id from rollen.yml.</summary>
    Role,

    /// <summary>One role id or a list of them.</summary>
    Roles,

    /// <summary>'WPO art. 13 lid 1 sub g', a list of those, or 'geen'.</summary>
    LegalReferences,

    /// <summary>Per medezeggenschap role the right it has.</summary>
    Participation,

    /// <summary>A wanneer text, a list of them, or a list of moment blocks.</summary>
    Moments,

    /// <summary>One wanneer text, such as 'vóór 1 juli'.</summary>
    When,

    /// <summary>A list of codes from standaarden.yml.</summary>
    Standards,

    /// <summary>A list of card ids.</summary>
    Cards,

    /// <summary>A date as JJJJ-MM-DD.</summary>
    Date,

    /// <summary>A school year as "2026-2027".</summary>
    SchoolYear,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>ja or nee.</summary>
    YesNo,

    /// <summary>A web address (http or https).</summary>
    Url,

    /// <summary>A path from the input folder.</summary>
    Path,

    /// <summary>A colour as "#rrggbb".</summary>
    Colour,

    /// <summary>Days or weeks before a moment: "3 dagen", "1 week".</summary>
    Reminder,

    /// <summary>A list of short texts, such as the abbreviations of a role.</summary>
    Words,

    /// <summary>A list of ids (slugs) that need not exist, such as the ids a card had before.</summary>
    Slugs,

    /// <summary>A list of decision blocks (<see cref="InputSchema.Decision"/>).</summary>
    Decisions,
}

/// <summary>
/// One key of the input contract: its name, what it takes, whether it is required, where its values come from, the
/// Dutch help text the quality officer reads, and since which version of the contract it exists.
/// </summary>
/// <param name="Source">The data file the values come from, such as rollen.yml; null when the key holds its own value.</param>
/// <param name="Example">How the key is written, shown under the help text of a new card.</param>
/// <param name="Title">The label of the key's field in the form editor, when its name with spaces does not read well.</param>
public sealed record SchemaKey(string Name, ValueKind Kind, bool Required, string Help, IReadOnlyList<string>? Choices = null, string? Source = null, string Since = "1.0", string? Example = null, string? Title = null)
{
    /// <summary>"verantwoordelijke_rol" reads as "Verantwoordelijke rol".</summary>
    public string Label => Title ?? char.ToUpperInvariant(Name[0]) + Name[1..].Replace('_', ' ');
}

/// <summary>
/// The input contract in one place: every key of a card, a calendar moment, a page, handboek.yml and the data files.
/// Reading warns about keys not listed here, <c>handboek nieuw</c> writes a card from it, the site publishes it as a
/// JSON Schema for editors, and a test holds the documentation to it. Add keys, never rename them.
/// </summary>
public static class InputSchema
{
    /// <summary>An id becomes a folder name in the site: 80 characters read fine in a URL and fit every file system.</summary>
    public const int MaxIdLength = 80;

    /// <summary>An id: lowercase letters and digits in groups joined by single dashes.</summary>
    public const string SlugPattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    /// <summary>
    /// "WPO art. 13a lid 2 sub b", "wms artikel 10": the law, the article and an optional paragraph and item. Written
    /// with explicit upper and lower case rather than a case-insensitive flag, so the card reader and the JSON
    /// Schema for editors (which has no flags) use the very same pattern. Without anchors.
    /// </summary>
    public const string LegalReferencePattern = @"(?<wet>[A-Za-z][A-Za-z0-9]*)\s+" + ArticlePattern;

    /// <summary>
    /// A <c>herinnering</c>: "3 dagen", "1 week", "2 weken". Case written out, as <see cref="LegalReferencePattern"/>, so the
    /// reader, the JSON Schema and the form editor use this one pattern.
    /// </summary>
    public const string ReminderPattern = @"^\s*(?<n>\d{1,2})\s+(?<eenheid>[Dd][Aa][Gg](?:[Ee][Nn])?|[Ww][Ee](?:[Ee][Kk]|[Kk][Ee][Nn]))\s*$";

    /// <summary>What follows the law in a legal reference: "art. 13a lid 2 sub b". Without anchors.</summary>
    public const string ArticlePattern =
        @"[Aa][Rr][Tt](?:[Ii][Kk][Ee][Ll]|\.)?\s*(?<artikel>\d+[A-Za-z]*(?:\.\d+[A-Za-z]*)?)" +
        @"(?:\s+[Ll][Ii][Dd]\s+(?<lid>\d+[A-Za-z]?))?(?:\s+[Ss][Uu][Bb]\s+(?<sub>[A-Za-z0-9]+))?";

    public static readonly IReadOnlyList<string> Levels = [.. LevelNames.CardLevels.Keys];
    public static readonly IReadOnlyList<string> Statuses = [.. LevelNames.Statuses.Keys];
    public static readonly IReadOnlyList<string> Rights = [.. LevelNames.Rights.Keys];
    public static readonly IReadOnlyList<string> DecisionKinds = [.. LevelNames.Decisions.Keys];
    public static readonly IReadOnlyList<string> Cycles = [.. Cycle.Names.Keys];

    public static readonly IReadOnlyList<SchemaKey> Card =
    [
        new("titel", ValueKind.Text, true, "De naam van de kaart, zoals hij in het handboek en de kalender staat."),
        new("id", ValueKind.Slug, false, "Het adres van de kaart op de site: /kaarten/<id>/. Kleine letters, cijfers en streepjes; standaard de bestandsnaam zonder .md. Niet meer wijzigen als de kaart gepubliceerd is, want agenda's en links gebruiken het.", Title: "Adres (id)"),
        new("samenvatting", ValueKind.Text, false, "Eén of twee zinnen: wat regelt deze kaart? Staat in overzichten en zoekresultaten."),
        new("categorie", ValueKind.Text, false, "Leeg laten: de map waarin dit bestand staat is de categorie."),
        new("niveau", ValueKind.Choice, true, "Voor wie geldt de kaart: bestuur, school of beide.", Levels),
        new("wettelijke_eis", ValueKind.LegalReferences, false, "De wet en het artikel die dit eisen, zoals [WPO art. 12] of [WPO art. 13 lid 1, WMS art. 10]; 'geen' als er geen wettelijke eis is.", Source: "wetten.yml"),
        new("eigenaar", ValueKind.Role, true, "Eén rol: wie is eigenaar en aanspreekbaar (A)?", Source: "rollen.yml"),
        new("verantwoordelijke_rol", ValueKind.Roles, true, "Rollen die het werk doen (R). Het eerste kalendermoment zonder 'rol' is voor de eerste van deze rollen.", Source: "rollen.yml"),
        new("geraadpleegd", ValueKind.Roles, false, "Rollen die vooraf om hun mening worden gevraagd (C).", Source: "rollen.yml"),
        new("geinformeerd", ValueKind.Roles, false, "Rollen die achteraf worden geïnformeerd (I).", Source: "rollen.yml", Title: "Geïnformeerd"),
        new("goedkeuring", ValueKind.Roles, false, "Rollen die goedkeuren (G), zoals de raad van toezicht.", Source: "rollen.yml"),
        new("medezeggenschap", ValueKind.Participation, false, "Per orgaan (een rol met medezeggenschap: ja) het recht, zoals  mr: instemming  (of advies, informatie).", Rights, "rollen.yml"),
        new("kalendermoment", ValueKind.Moments, false, "Wanneer in het schooljaar: 'oktober', 'week 41', '15 maart', 'vóór 1 mei', 'september t/m oktober' of 'doorlopend'; of een lijst van blokken met wanneer, wat, rol, cyclus en vanaf.",
            Example: "- wanneer: november\n  wat: Concept ter advies aan de GMR\n  rol: gmr"),
        new("cyclus", ValueKind.Choice, false, "Hoe vaak: jaarlijks (standaard), tweejaarlijks, driejaarlijks of vierjaarlijks.", Cycles),
        new("vanaf", ValueKind.SchoolYear, false, "Het eerste schooljaar (\"2026-2027\") van een cyclus die niet jaarlijks is."),
        new("herinnering", ValueKind.Reminder, false, "Hoe lang vooraf de agenda's van wie geabonneerd is een herinnering geven, zoals '1 week' of '3 dagen'; voor elk moment van de kaart.", Since: "1.2"),
        new("inspectiekader", ValueKind.Standards, false, "Standaarden uit het onderzoekskader van de inspectie, zoals [KA1, OP2].", Source: "standaarden.yml"),
        new("status", ValueKind.Choice, false, "concept zolang de kaart niet is vastgesteld; daarna vastgesteld (standaard).", Statuses),
        new("vastgesteld_op", ValueKind.Date, false, "De datum waarop het bevoegd gezag de kaart vaststelde (2026-10-01)."),
        new("herzien_op", ValueKind.Date, false, "De datum van de laatste herziening."),
        new("volgende_herziening", ValueKind.Date, false, "Wanneer de kaart uiterlijk opnieuw bekeken moet worden (2028-07-31)."),
        new("gerelateerd", ValueKind.Cards, false, "Ids van kaarten die erbij horen, zoals [schoolplan, jaarverslag].", Source: "kaarten/"),
        new("besluiten", ValueKind.Decisions, false, "Wie wat besloot over de kaart: per besluit de datum, het orgaan (een rol), het besluit (vastgesteld, instemming, advies, goedgekeurd of informatie) en eventueel een link naar het document.", Since: "1.3",
            Example: "- datum: 2026-06-15\n  orgaan: mr\n  besluit: instemming\n- datum: 2026-06-20\n  orgaan: directeur\n  besluit: vastgesteld"),
        new("vorige_ids", ValueKind.Slugs, false, "Ids die deze kaart eerder had, de oudste eerst, zoals [schoolgids-po]: het oude adres stuurt door naar het nieuwe en agenda's houden hun afspraken.", Since: "1.3", Title: "Vorige adressen (ids)"),
    ];

    public static readonly IReadOnlyList<SchemaKey> Moment =
    [
        new("wanneer", ValueKind.When, true, "Wanneer in het schooljaar, zoals 'oktober', 'vóór 1 juli' of 'week 6'."),
        new("wat", ValueKind.Text, false, "Wat er gebeurt; standaard de titel van de kaart."),
        new("rol", ValueKind.Role, false, "Wie het doet; standaard de eerste verantwoordelijke_rol.", Source: "rollen.yml"),
        new("cyclus", ValueKind.Choice, false, "Hoe vaak, als het anders is dan de kaart.", Cycles),
        new("vanaf", ValueKind.SchoolYear, false, "Het eerste schooljaar van die cyclus."),
        new("herinnering", ValueKind.Reminder, false, "Hoe lang vooraf de agenda een herinnering geeft, als het anders is dan de kaart.", Since: "1.2"),
    ];

    public static readonly IReadOnlyList<SchemaKey> Decision =
    [
        new("datum", ValueKind.Date, true, "Wanneer het besluit viel (2026-06-15).", Since: "1.3"),
        new("orgaan", ValueKind.Role, true, "Wie besloot: een rol uit rollen.yml, zoals mr of bestuurder.", Source: "rollen.yml", Since: "1.3"),
        new("besluit", ValueKind.Choice, true, "vastgesteld, instemming, advies, goedgekeurd of informatie.", DecisionKinds, Since: "1.3"),
        new("document", ValueKind.Url, false, "Een link naar het verslag of het getekende stuk (https://...).", Since: "1.3"),
    ];

    public static readonly IReadOnlyList<SchemaKey> Page =
    [
        new("titel", ValueKind.Text, true, "De titel van de pagina."),
        new("id", ValueKind.Slug, false, "Het adres: /paginas/<id>/; standaard de bestandsnaam zonder .md."),
        new("samenvatting", ValueKind.Text, false, "Eén zin over de pagina."),
        new("volgorde", ValueKind.Number, false, "De plaats in de voettekst; lager staat eerder."),
    ];

    public static readonly IReadOnlyList<SchemaKey> Settings =
    [
        new("naam", ValueKind.Text, true, "De naam van het bestuur."),
        new("basis_url", ValueKind.Url, true, "Het adres van de site, zoals https://handboek.voorbeeld.nl/ (zonder ? of #).", Title: "Adres van de site"),
        new("repository", ValueKind.Url, false, "Het adres van de repository, voor 'Bewerk deze kaart'."),
        new("branch", ValueKind.Text, false, "De branch die de bewerklinks openen; standaard main."),
        new("schooljaar", ValueKind.SchoolYear, false, "Het schooljaar van de site, zoals \"2026-2027\"; standaard het schooljaar van vandaag."),
        new("logo", ValueKind.Path, false, "Het logo, als pad vanaf de map met handboek.yml."),
        new("kleur", ValueKind.Colour, false, "De kleur van het bestuur, zoals \"#0f6b5c\"."),
        new("html_toestaan", ValueKind.YesNo, false, "ja: HTML in de tekst van kaarten is HTML, zonder scripts; standaard nee: HTML is gewone tekst.", Since: "1.1", Title: "HTML toestaan"),
    ];

    public static readonly IReadOnlyList<SchemaKey> Role =
    [
        new("id", ValueKind.Slug, true, "De id waarmee kaarten de rol noemen; niet 'medezeggenschap'."),
        new("naam", ValueKind.Text, true, "De naam zoals lezers hem zien."),
        new("omschrijving", ValueKind.Text, false, "Wat de rol inhoudt."),
        new("niveau", ValueKind.Choice, true, "Waar de rol hoort.", [.. LevelNames.RoleLevels.Keys]),
        new("medezeggenschap", ValueKind.YesNo, false, "ja voor de MR, de GMR en hun geledingen."),
        new("afkortingen", ValueKind.Words, false, "Andere namen en afkortingen waarmee collega's de rol zoeken, zoals IB'er en IB; de zoekfunctie vindt de rol er ook mee.", Since: "1.3"),
    ];

    public static readonly IReadOnlyList<SchemaKey> Law =
    [
        new("id", ValueKind.Text, true, "De afkorting waarmee kaarten de wet noemen, zoals WPO; zonder spaties."),
        new("naam", ValueKind.Text, true, "De naam van de wet."),
        new("bwb", ValueKind.Text, true, "Het identificatienummer op wetten.overheid.nl, zoals BWBR0003420."),
    ];

    public static readonly IReadOnlyList<SchemaKey> Standard =
    [
        new("code", ValueKind.Text, true, "De code uit het onderzoekskader, zoals KA1."),
        new("naam", ValueKind.Text, true, "De naam van de standaard."),
        new("niveau", ValueKind.Text, false, "bestuur of school."),
    ];

    /// <summary>verplichtingen.yml: the statutory obligations a board wants its handbook to cover.</summary>
    public static readonly IReadOnlyList<SchemaKey> Obligation =
    [
        new("id", ValueKind.Slug, true, "Een korte naam in kleine letters, zoals schoolgids.", Since: "1.3"),
        new("naam", ValueKind.Text, true, "De verplichting zoals lezers haar kennen, zoals Schoolgids vaststellen.", Since: "1.3"),
        new("wettelijke_eis", ValueKind.LegalReferences, true, "Het artikel of de artikelen waarop ze rust, zoals WPO art. 13; een kaart die een ervan noemt, dekt de verplichting.", Since: "1.3", Source: "wetten.yml"),
        new("niveau", ValueKind.Text, false, "bestuur of school.", Since: "1.3"),
    ];

    public static readonly IReadOnlyList<SchemaKey> Category =
    [
        new("id", ValueKind.Slug, true, "De categorie zoals kaarten hem hebben: de naam van hun map, zoals onderwijs-en-resultaten.", Since: "1.2"),
        new("naam", ValueKind.Text, true, "De naam zoals lezers hem zien, zoals Onderwijs en resultaten.", Since: "1.2"),
        new("volgorde", ValueKind.Number, false, "De plaats in het menu; lager staat eerder. Categorieën zonder volgorde volgen op naam.", Since: "1.2"),
    ];

    public static readonly IReadOnlyList<SchemaKey> School =
    [
        new("id", ValueKind.Slug, true, "Het adres van de schoolkalender: /scholen/<id>/kalender/."),
        new("naam", ValueKind.Text, true, "De naam van de school."),
        new("brin", ValueKind.Text, false, "Het BRIN-nummer."),
        new("plaats", ValueKind.Text, false, "De plaats."),
        new("regio", ValueKind.Choice, false, "De vakantieregio.", ["noord", "midden", "zuid"]),
    ];

    public static IReadOnlyList<string> Names(IReadOnlyList<SchemaKey> keys) => keys.Select(k => k.Name).ToList();
}
