using Handboek.Diagnostics;
using Handboek.Markdown;
using Handboek.Model;
using Handboek.Schema;
using Handboek.Scheduling;
using Handboek.Text;
using YamlDotNet.RepresentationModel;

namespace Handboek.Loading;

/// <summary>
/// A card as read from its file, with the positions the later phases point at: references between cards and the
/// review date (checked against today).
/// </summary>
/// <param name="PreviousIds">As written, for the checks against the other cards' ids.</param>
public sealed record ReadCard(Card Card, SourceLocation IdAt, IReadOnlyList<Located<string>> Related, Located<DateOnly>? NextReview)
{
    public IReadOnlyList<Located<string>> PreviousIds { get; init; } = [];

    /// <summary><c>vastgesteld_op</c> with its position, for the check of the consent decisions before it.</summary>
    public Located<DateOnly>? AdoptedOn { get; init; }

    /// <summary>Where <c>goedkeuring</c> is written, for the check that each approver decided.</summary>
    public SourceLocation ApprovalAt { get; init; }
}

/// <summary>
/// Reads one card file into a <see cref="Card"/>, checking its shape and its references to the data files.
/// What needs more than the file (other cards, the school year, today) is checked in later phases, so a card
/// reads the same whatever the year it is built for.
/// </summary>
public sealed class CardReader(InputBoundary input, ReferenceData data, DiagnosticBag diagnostics)
{
    private static readonly IReadOnlyList<string> Keys = InputSchema.Names(InputSchema.Card);

    private static readonly IReadOnlyList<string> MomentKeys = InputSchema.Names(InputSchema.Moment);

    public ReadCard? Read(string file)
    {
        if (InputFile.Read(file, input, diagnostics) is not { } text) return null;
        if (FrontMatter.Read(file, text, diagnostics) is not var (frontMatter, reader)) return null;
        reader.WarnAboutUnknownKeys(Keys);

        var (id, idAt) = ReadId(reader, file);
        var title = reader.Text("titel", required: true)?.Value ?? id;
        var level = reader.Choice("niveau", LevelNames.CardLevels, required: true) ?? CardLevel.Both;
        var owner = Role(reader, "eigenaar");
        var responsible = Roles(reader, "verantwoordelijke_rol", required: true);
        WarnAboutExternalRoles(reader, level, owner, responsible);
        var (requirements, none) = ReadLegalReferences(reader);
        var cardCycle = ReadCycle(reader, Cycle.Yearly);
        var cardReminder = ReadReminder(reader, null);
        var nextReview = reader.Date("volgende_herziening");
        var related = reader.Texts("gerelateerd");
        var previousIds = ReadPreviousIds(reader, id);
        var adoptedOn = reader.Date("vastgesteld_op");
        var card = new Card
        {
            Id = id,
            Title = title,
            Summary = reader.Text("samenvatting")?.Value,
            Category = ReadCategory(reader, file),
            Level = level,
            LegalRequirements = requirements,
            NoLegalRequirement = none,
            Owner = owner ?? "",
            Responsible = responsible,
            Consulted = Roles(reader, "geraadpleegd"),
            Informed = Roles(reader, "geinformeerd"),
            Approval = Roles(reader, "goedkeuring"),
            ParticipationRights = ReadParticipation(reader),
            Moments = ReadMoments(reader, title, responsible.Count > 0 ? responsible[0] : "", cardCycle, cardReminder),
            Standards = ReadStandards(reader),
            Status = reader.Choice("status", LevelNames.Statuses) ?? CardStatus.Adopted,
            AdoptedOn = adoptedOn?.Value,
            RevisedOn = reader.Date("herzien_op")?.Value,
            NextReview = nextReview?.Value,
            Related = related.Select(g => g.Value).ToList(),
            PreviousIds = previousIds.Select(p => p.Value).ToList(),
            Decisions = DecisionReader.Read(reader, CheckRole, diagnostics),
            Body = MarkdownBodyParser.Parse(frontMatter.Body, frontMatter.BodyFirstLine, input.Dir, file, data.Settings?.AllowHtml ?? false, diagnostics),
            SourcePath = Path.GetRelativePath(input.Dir, file).Replace('\\', '/'),
        };
        return new ReadCard(card, idAt, related, nextReview) { PreviousIds = previousIds, AdoptedOn = adoptedOn, ApprovalAt = reader.LocationOf("goedkeuring") };
    }

    /// <summary>Ids the card had before: each an address, so a slug, and not the card's own.</summary>
    private IReadOnlyList<Located<string>> ReadPreviousIds(MappingReader reader, string id)
    {
        var valid = new List<Located<string>>();
        foreach (var previous in reader.Texts("vorige_ids"))
        {
            if (!Ids.IsSlug(previous.Value))
                diagnostics.Error(previous.At, $"'{previous.Value}' in 'vorige_ids' is geen id; {Ids.SlugAdvice(previous.Value)}");
            else if (previous.Value == id)
                diagnostics.Error(previous.At, $"'{previous.Value}' is de id van deze kaart zelf; zet onder 'vorige_ids' alleen ids die de kaart eerder had");
            else
                valid.Add(previous);
        }

        return valid;
    }

    private (string Id, SourceLocation At) ReadId(MappingReader reader, string file)
    {
        if (reader.Text("id") is { } written)
        {
            if (!Ids.IsSlug(written.Value))
                diagnostics.Error(written.At, $"ongeldige id '{written.Value}'; {Ids.SlugAdvice(written.Value)}");
            return (written.Value, written.At);
        }

        var fromName = Path.GetFileNameWithoutExtension(file);
        var at = SourceLocation.StartOf(file);
        if (!Ids.IsSlug(fromName))
        {
            diagnostics.Error(at,
                $"de bestandsnaam '{Path.GetFileName(file)}' is geen geldige id; hernoem het bestand of zet 'id:' in de front matter en {Ids.SlugAdvice(fromName)}");
        }

        return (fromName, at);
    }

    private Category ReadCategory(MappingReader reader, string file)
    {
        if (reader.Text("categorie") is { } written)
        {
            var slug = Ids.ToSlug(written.Value);
            // Written as an address ("onderwijs-en-resultaten"), it is shown in words, as a folder name is.
            if (Ids.IsSlug(slug)) return written.Value == slug ? CategoryOfFolder(slug) : new Category(slug, written.Value);
            diagnostics.Error(written.At, $"de categorie '{written.Value}' geeft geen bruikbaar adres; gebruik letters of cijfers, hoogstens {Ids.MaxLength} tekens");
        }

        return CategoryOfFolder(Path.GetRelativePath(Path.Combine(input.Dir, "kaarten"), Path.GetDirectoryName(file)!));
    }

    /// <summary>The category of a card without 'categorie': its folder under kaarten/ ("." for kaarten/ itself).</summary>
    public static Category CategoryOfFolder(string folder)
    {
        if (folder == ".") return new Category("algemeen", "Algemeen");

        var name = Path.GetFileName(folder).Replace('-', ' ').Replace('_', ' ');
        return new Category(Ids.ToSlug(name), char.ToUpperInvariant(name[0]) + name[1..]);
    }

    private (IReadOnlyList<LegalReference>, bool None) ReadLegalReferences(MappingReader reader)
    {
        var written = reader.Texts("wettelijke_eis");
        var none = written.Where(w => w.Value.Equals("geen", StringComparison.OrdinalIgnoreCase)).ToList();
        if (none.Count > 0 && written.Count > 1)
        {
            diagnostics.Error(none[0].At, "'geen' kan niet samen met andere wettelijke eisen staan; kies het een of het ander");
        }

        return (LegalReferenceParser.ParseAll(written.Except(none), data.Laws, diagnostics), none.Count > 0);
    }

    private string? Role(MappingReader reader, string key) =>
        reader.Text(key, required: true) is { } role && CheckRole(role) ? role.Value : null;

    private IReadOnlyList<string> Roles(MappingReader reader, string key, bool required = false) =>
        reader.Texts(key, required).Where(CheckRole).Select(r => r.Value).ToList();

    private bool CheckRole(Located<string> role)
    {
        if (data.RolesById.ContainsKey(role.Value)) return true;
        var suggestion = NearMiss.Suggest(role.Value, data.RolesById.Keys);
        diagnostics.Error(role.At, $"onbekende rol '{role.Value}'; " +
            (suggestion is null ? "voeg de rol toe aan rollen.yml of kies een rol die daar staat" : $"bedoelde je '{suggestion}'?"));
        return false;
    }

    /// <summary>Work that only people outside the organisation carry out tends to fall between two stools.</summary>
    private void WarnAboutExternalRoles(MappingReader reader, CardLevel level, string? owner, IReadOnlyList<string> responsible)
    {
        bool IsExtern(string id) => data.RolesById[id].Level == RoleLevel.External;

        if (responsible.Count > 0 && responsible.All(IsExtern))
        {
            diagnostics.Warning(reader.LocationOf("verantwoordelijke_rol"),
                $"alle verantwoordelijke rollen zijn extern ({string.Join(", ", responsible)}); geef het uitvoeren ook aan een rol binnen de organisatie");
        }

        if (level == CardLevel.School && owner is not null && IsExtern(owner))
        {
            diagnostics.Warning(reader.LocationOf("eigenaar"),
                $"de eigenaar van een schoolkaart is de externe rol '{owner}'; kies een eigenaar binnen de school, zoals de directeur");
        }
    }

    private IReadOnlyList<string> ReadStandards(MappingReader reader)
    {
        var codes = new List<string>();
        foreach (var code in reader.Texts("inspectiekader"))
        {
            if (data.StandardCodes.Contains(code.Value))
            {
                codes.Add(code.Value);
                continue;
            }

            var suggestion = NearMiss.Suggest(code.Value, data.StandardCodes);
            diagnostics.Error(code.At, $"onbekende standaard '{code.Value}' in 'inspectiekader'; " +
                (suggestion is null ? "gebruik een code uit standaarden.yml" : $"bedoelde je '{suggestion}'?"));
        }

        return codes;
    }

    private IReadOnlyList<Participation> ReadParticipation(MappingReader reader)
    {
        switch (reader.Node("medezeggenschap"))
        {
            case null or YamlScalarNode { Value: null or "" }:
                return [];
            case YamlMappingNode mapping:
                var result = new List<Participation>();
                foreach (var (key, _) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name })
                    {
                        diagnostics.Error(reader.Source.At(key), "een orgaan in 'medezeggenschap' is een rol-id, zoals 'mr'");
                        continue;
                    }

                    var organ = new Located<string>(name, reader.Source.At(key));
                    var right = new MappingReader(reader.Source, mapping, diagnostics)
                        .Choice(organ.Value, LevelNames.Rights, required: true);
                    if (!CheckRole(organ)) continue;
                    if (!data.RolesById[organ.Value].IsParticipationBody)
                    {
                        var organs = data.Roles.Where(r => r.IsParticipationBody).Select(r => $"'{r.Id}'").ToList();
                        diagnostics.Error(organ.At,
                            $"'{organ.Value}' is geen medezeggenschapsorgaan; " + (organs.Count == 0
                                ? "zet 'medezeggenschap: ja' bij de MR en GMR in rollen.yml"
                                : $"kies uit {string.Join(", ", organs)} (rollen met 'medezeggenschap: ja' in rollen.yml)"));
                        continue;
                    }

                    if (right is { } r) result.Add(new Participation(organ.Value, r));
                }

                return result;
            case var other:
                diagnostics.Error(reader.Source.At(other),
                    "'medezeggenschap' moet per orgaan het recht noemen, bijvoorbeeld 'mr: instemming' op een eigen regel");
                return [];
        }
    }

    private Cycle ReadCycle(MappingReader reader, Cycle inherited)
    {
        var years = reader.Choice("cyclus", Cycle.Names);
        var firstYear = reader.SchoolYear("vanaf")?.Value;
        var cycle = new Cycle(years ?? inherited.Years, firstYear ?? inherited.From);
        if (cycle.Years > 1 && cycle.From is null)
        {
            diagnostics.Error(reader.LocationOf("cyclus"),
                $"een {cycle.Name} moment heeft 'vanaf' nodig: het eerste schooljaar waarin het gebeurt, bijvoorbeeld vanaf: \"2023-2024\"");
            return Cycle.Yearly;
        }

        return cycle;
    }

    private Reminder? ReadReminder(MappingReader reader, Reminder? inherited)
    {
        if (reader.Text("herinnering") is not { } text) return inherited;
        if (ReminderParser.TryParse(text.Value, out var reminder, out var error)) return reminder;
        diagnostics.Error(text.At, error);
        return inherited;
    }

    private IReadOnlyList<CalendarMoment> ReadMoments(MappingReader reader, string title, string defaultRole, Cycle cardCycle, Reminder? cardReminder)
    {
        var node = reader.Node("kalendermoment");
        IReadOnlyList<YamlNode> items = node switch
        {
            null or YamlScalarNode { Value: null or "" } => [],
            YamlScalarNode scalar => [scalar],
            YamlSequenceNode sequence => sequence.Children.ToList(),
            _ => [node],
        };

        var moments = new List<CalendarMoment>();
        foreach (var (index, item) in items.Index())
        {
            var moment = item switch
            {
                YamlScalarNode { Value: { } text } => Moment(index, new Located<string>(text.Trim(), reader.Source.At(item)), title, defaultRole, cardCycle, cardReminder),
                YamlMappingNode mapping => ReadMomentMapping(index, new MappingReader(reader.Source, mapping, diagnostics), title, defaultRole, cardCycle, cardReminder),
                _ => null,
            };
            if (item is not (YamlScalarNode or YamlMappingNode))
            {
                diagnostics.Error(reader.Source.At(item),
                    "een kalendermoment is een tekst zoals 'oktober', of een blok met 'wanneer', 'wat', 'rol', 'cyclus' en 'vanaf'");
            }

            if (moment is not null) moments.Add(moment);
        }

        return moments;
    }

    private CalendarMoment? ReadMomentMapping(int index, MappingReader reader, string title, string defaultRole, Cycle cardCycle, Reminder? cardReminder)
    {
        reader.WarnAboutUnknownKeys(MomentKeys);
        var whenText = reader.Text("wanneer", required: true);
        var what = reader.Text("wat")?.Value ?? title;
        var role = reader.Text("rol") is { } written && CheckRole(written) ? written.Value : defaultRole;
        var cycle = ReadCycle(reader, cardCycle);
        var reminder = ReadReminder(reader, cardReminder);
        return whenText is null ? null : Moment(index, whenText.Value, what, role, cycle, reminder);
    }

    private CalendarMoment? Moment(int index, Located<string> whenText, string what, string role, Cycle cycle, Reminder? reminder)
    {
        if (!WhenParser.TryParse(whenText.Value, out var when, out var error))
        {
            diagnostics.Error(whenText.At, error);
            return null;
        }

        return new CalendarMoment
        {
            Index = index,
            WhenText = whenText.Value,
            What = what,
            RoleId = role,
            Cycle = cycle,
            Reminder = reminder,
            When = when,
            Location = whenText.At,
        };
    }
}
