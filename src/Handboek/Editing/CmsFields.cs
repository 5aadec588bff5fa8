using Map = System.Collections.Generic.OrderedDictionary<string, object>;

using Handboek.Model;
using Handboek.Schema;
using Handboek.Scheduling;

namespace Handboek.Editing;

/// <summary>
/// The form editor's field for each key of <see cref="InputSchema"/>: a value the quality officer would otherwise type
/// from memory (a role id, a standard code, a card id, a law) becomes a choice from this handbook's own data files, and
/// a written value gets the pattern Handboek reads, so most mistakes show in the form before a pull request exists.
/// </summary>
public sealed class CmsFields(Handbook handbook)
{
    /// <summary>How the custom formats in beheer.js turn a key's value into the form's shape and back (see there).</summary>
    public static IReadOnlyDictionary<string, string> Shapes(IReadOnlyList<SchemaKey> keys) =>
        keys.Select(k => (k.Name, Shape: k.Kind switch
            {
                ValueKind.Roles or ValueKind.Standards or ValueKind.Cards or ValueKind.Slugs => "lijst",
                ValueKind.LegalReferences => "wetten",
                ValueKind.Moments => "momenten",
                _ => null,
            }))
            .Where(k => k.Shape is not null)
            .ToDictionary(k => k.Name, k => k.Shape!, StringComparer.Ordinal);

    /// <summary>The law of a legal reference is a choice; 'geen' stands for "no legal requirement".</summary>
    public const string NoLaw = "geen";

    /// <summary>
    /// Every card as a choice, one list for every collection of cards: the YAML writer gives a list it meets again an
    /// anchor and writes an alias for it the next times (Decap reads them), so a handbook of 10,000 cards in six
    /// categories does not write its 10,000 choices six times (5 MB of /beheer/config.yml).
    /// </summary>
    private readonly Lazy<List<Map>> _cardOptions = new(() =>
        [.. handbook.Cards.OrderBy(c => c.Title, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => Option(c.Title, c.Id))]);

    public List<Map> For(IReadOnlyList<SchemaKey> keys) => [.. keys.Select(Field)];

    private Map Field(SchemaKey key)
    {
        var field = new Map { ["name"] = key.Name, ["label"] = key.Label };
        field["required"] = key.Required;
        field["hint"] = key.Help;
        foreach (var (name, value) in Widget(key)) field[name] = value;
        return field;
    }

    private Map Widget(SchemaKey key) => key.Kind switch
    {
        ValueKind.Slug => Text(InputSchema.SlugPattern, "Alleen kleine letters, cijfers en streepjes, zoals schoolgids."),
        ValueKind.Choice => Select(key.Choices!.Select(c => Option(c, c))),
        ValueKind.YesNo => Select([Option("ja", "ja"), Option("nee", "nee")]),
        ValueKind.Role => Select(Roles(handbook.Roles)),
        ValueKind.Roles => Select(Roles(handbook.Roles), multiple: true),
        ValueKind.Standards => Select(handbook.Standards.Select(s => Option($"{s.Code}: {s.Name}", s.Code)), multiple: true),
        ValueKind.Cards => Select(_cardOptions.Value, multiple: true),
        ValueKind.Participation => Participation(key),
        ValueKind.LegalReferences => LegalReferences(),
        ValueKind.Moments => new Map
        {
            ["widget"] = "list",
            ["label_singular"] = "Kalendermoment",
            // A card has a handful of moments: all open, so each date is seen and changed without a click.
            ["collapsed"] = false,
            ["summary"] = "{{fields.wanneer}}: {{fields.wat}}",
            ["fields"] = For(InputSchema.Moment),
        },
        ValueKind.Decisions => new Map
        {
            ["widget"] = "list",
            ["label_singular"] = "Besluit",
            ["collapsed"] = false,
            ["summary"] = "{{fields.datum}}: {{fields.orgaan}} {{fields.besluit}}",
            // Not required in the form: Decap checks the required fields of a list's items even when the list is empty,
            // and then refuses to save any card without a decision. check still reports a missing value in Dutch.
            ["fields"] = For(InputSchema.Decision.Select(k => k with { Required = false }).ToList()),
        },
        ValueKind.When => Text(WhenParser.FormPattern, "Bijvoorbeeld oktober, 15 maart, vóór 1 juli, uiterlijk 1 juli, maart t/m juni, week 6, elke maand of doorlopend."),
        ValueKind.Date => new Map
        {
            ["widget"] = "datetime",
            ["format"] = "YYYY-MM-DD",
            ["date_format"] = "D-M-YYYY",
            ["time_format"] = false,
            ["picker_utc"] = true,
            ["default"] = "",
        },
        ValueKind.SchoolYear => Text(@"^\d{4}-\d{4}$", "Een schooljaar zoals 2026-2027."),
        ValueKind.Number => new Map { ["widget"] = "number", ["value_type"] = "int" },
        ValueKind.Words or ValueKind.Slugs => new Map { ["widget"] = "list", ["default"] = new List<string>() },
        ValueKind.Url => Text("^https?://", "Een webadres dat begint met https://."),
        ValueKind.Colour => Text("^#[0-9a-fA-F]{6}$", "Een kleur als #rrggbb, zoals #0f6b5c."),
        ValueKind.Reminder => Text(InputSchema.ReminderPattern, "Een aantal dagen of weken, zoals 3 dagen of 1 week."),
        _ => new Map { ["widget"] = "string" },
    };

    /// <summary>One right per medezeggenschap role: the card writes only the ones chosen.</summary>
    private Map Participation(SchemaKey key) => new()
    {
        ["widget"] = "object",
        ["collapsed"] = false,
        ["fields"] = handbook.Roles.Where(r => r.IsParticipationBody).Select(r => new Map
        {
            ["name"] = r.Id,
            ["label"] = r.Name,
            ["required"] = false,
            ["widget"] = "select",
            ["options"] = key.Choices!.Select(c => Option(c, c)).ToList(),
        }).ToList(),
    };

    /// <summary>"WPO art. 13 lid 1" as the law, chosen from wetten.yml, and the rest as written.</summary>
    private Map LegalReferences() => new()
    {
        ["widget"] = "list",
        ["label_singular"] = "Wettelijke eis",
        ["summary"] = "{{fields.wet}} {{fields.artikel}}",
        ["fields"] = new List<Map>
        {
            new()
            {
                ["name"] = "wet",
                ["label"] = "Wet",
                ["widget"] = "select",
                ["options"] = handbook.Laws.Select(l => Option($"{l.Id}: {l.Name}", l.Id)).Append(Option("Geen wettelijke eis", NoLaw)).ToList(),
            },
            new()
            {
                ["name"] = "artikel",
                ["label"] = "Artikel",
                ["required"] = false,
                ["hint"] = "Zoals art. 13 lid 1 sub g; leeg bij 'Geen wettelijke eis'.",
                ["widget"] = "string",
                ["pattern"] = new List<string> { "^(?:" + InputSchema.ArticlePattern + ")?$", "Schrijf het artikel zoals art. 13, art. 13 lid 1 of art. 13 lid 1 sub g." },
            },
        },
    };

    private static Map Text(string pattern, string message) =>
        new() { ["widget"] = "string", ["pattern"] = new List<string> { pattern, message } };

    private static Map Select(IEnumerable<Map> options, bool multiple = false) => Select(options.ToList(), multiple);

    /// <param name="options">Written as it is: the same list in several fields is written once (see <see cref="_cardOptions"/>).</param>
    private static Map Select(List<Map> options, bool multiple = false)
    {
        var select = new Map { ["widget"] = "select", ["options"] = options };
        if (multiple) select["multiple"] = true;
        return select;
    }

    private static IEnumerable<Map> Roles(IEnumerable<Role> roles) => roles.Select(r => Option(r.Name, r.Id));

    private static Map Option(string label, string value) => new() { ["label"] = label, ["value"] = value };
}
