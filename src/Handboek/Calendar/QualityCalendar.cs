using Handboek.Model;
using Handboek.Responsibilities;

namespace Handboek.Calendar;

/// <summary>The kwaliteitskalender of one school year: every moment of every card, placed and ordered.</summary>
public sealed class QualityCalendar
{
    public QualityCalendar(Handbook handbook)
    {
        Handbook = handbook;
        var cardOrder = handbook.Cards.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var entries = handbook.Cards.SelectMany(card => card.Moments.Zip(MomentKeys.Of(card)).SelectMany(m => Entries(handbook, card, m.First, m.Second))).ToList();
        Dated = entries.Where(e => e.Period is not null)
            .OrderBy(e => e.Period!.Value.From).ThenBy(e => e.Period!.Value.To)
            .ThenBy(e => cardOrder[e.Card.Id]).ThenBy(e => e.Moment.Index).ThenBy(e => e.PeriodIndex)
            .ToList();
        Ongoing = entries.Where(e => e.Period is null && e.Moment.InSchoolYear).ToList();
        OtherYears = entries.Where(e => !e.Moment.InSchoolYear).ToList();
        _datedByRole = new Lazy<Dictionary<string, List<CalendarEntry>>>(() => ByRole(Dated));

        // Every school's calendar holds the same moments, so a role has a calendar at each school or at none: a role that
        // carries out moments of the schools, or a role of the schools with a letter on a card with moments this year.
        var thisYear = handbook.Schools.Count == 0 ? [] : Dated.Concat(Ongoing).ToList();
        RolesAtSchools = thisYear.Where(e => CalendarPlacement.OnSchoolCalendar(e.Level)).Select(e => e.Moment.RoleId)
            .Concat(handbook.Roles.Where(r => r.Level == RoleLevel.School && thisYear.Any(e => ResponsibilityMatrix.FirstLetterOf(e.Card, r.Id) is not null)).Select(r => r.Id))
            .ToHashSet(StringComparer.Ordinal);
        var settings = handbook.Settings;
        Scopes =
        [
            new CalendarScope(ScopeKind.Full, "Kwaliteitskalender", settings.Name),
            new CalendarScope(ScopeKind.Board, "Bestuurskalender", settings.Name),
            .. handbook.Schools.Select(s => new CalendarScope(ScopeKind.School, $"Kwaliteitskalender {s.Name}", s.Name, School: s)),
            .. handbook.Roles.Select(r => new CalendarScope(ScopeKind.Role, $"Kalender {r.Name}", settings.Name, Role: r)),
            .. handbook.Schools.SelectMany(s => handbook.Roles.Where(r => RolesAtSchools.Contains(r.Id))
                .Select(r => new CalendarScope(ScopeKind.SchoolRole, $"Kalender {r.Name}, {s.Name}", s.Name, School: s, Role: r))),
        ];
    }

    public Handbook Handbook { get; }

    public SchoolYear Year => Handbook.Settings.SchoolYear;

    /// <summary>Entries with dates, in date order.</summary>
    public IReadOnlyList<CalendarEntry> Dated { get; }

    /// <summary>Moments without a date (doorlopend, bij voorval) that do happen this year.</summary>
    public IReadOnlyList<CalendarEntry> Ongoing { get; }

    /// <summary>Moments whose multi-year cycle skips this year.</summary>
    public IReadOnlyList<CalendarEntry> OtherYears { get; }

    public IReadOnlyList<CalendarScope> Scopes { get; }

    /// <summary>
    /// The dated entries <paramref name="scope"/> shows, in date order. A role's calendar shows only moments of cards
    /// the role has a part in, so it looks at those alone: a large handbook has a calendar for each role at each school,
    /// and each went through every entry of the year.
    /// </summary>
    public IEnumerable<CalendarEntry> DatedIn(CalendarScope scope) =>
        (scope.Role is { } role ? _datedByRole.Value.GetValueOrDefault(role.Id) ?? [] : Dated).Where(scope.Includes);

    /// <summary>The ids of the roles with a calendar at each school (<see cref="ScopeKind.SchoolRole"/>).</summary>
    public IReadOnlySet<string> RolesAtSchools { get; }

    public CalendarScope Full => Scopes[0];

    public IEnumerable<School> SchoolsShowing(CalendarEntry entry) =>
        !CalendarPlacement.OnSchoolCalendar(entry.Level) || entry.RegionalSpan ? []
        : entry.Region is { } region ? Handbook.Schools.Where(s => CalendarScope.RegionOf(s) == region)
        : Handbook.Schools;

    private readonly Lazy<Dictionary<string, List<CalendarEntry>>> _datedByRole;

    /// <summary>Per role, in order, the entries it carries out or has a letter on the card of.</summary>
    private static Dictionary<string, List<CalendarEntry>> ByRole(IReadOnlyList<CalendarEntry> entries)
    {
        var byRole = new Dictionary<string, List<CalendarEntry>>(StringComparer.Ordinal);
        var rolesOfCard = new Dictionary<Card, string[]>(ReferenceEqualityComparer.Instance);
        foreach (var entry in entries)
        {
            if (!rolesOfCard.TryGetValue(entry.Card, out var roles))
                rolesOfCard[entry.Card] = roles = ResponsibilityMatrix.Assignments(entry.Card).Select(a => a.Role).Distinct(StringComparer.Ordinal).ToArray();
            Add(entry.Moment.RoleId);
            foreach (var role in roles)
            {
                if (role != entry.Moment.RoleId) Add(role);
            }

            void Add(string role) => (byRole.TryGetValue(role, out var list) ? list : byRole[role] = []).Add(entry);
        }

        return byRole;
    }

    private static IEnumerable<CalendarEntry> Entries(Handbook handbook, Card card, CalendarMoment moment, string key)
    {
        var level = CalendarPlacement.LevelOf(card, moment, handbook.RoleById(moment.RoleId));
        if (moment.RegionalPeriods.Count > 0)
        {
            return
            [
                new CalendarEntry(card, moment, key, 0, moment.Periods[0], level, RegionalSpan: true),
                .. moment.RegionalPeriods.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new CalendarEntry(card, moment, key, 0, p.Value, level, Region: p.Key)),
            ];
        }

        return moment.Periods.Count == 0
            ? [new CalendarEntry(card, moment, key, 0, null, level)]
            : moment.Periods.Select((period, i) => new CalendarEntry(card, moment, key, i, period, level));
    }
}
