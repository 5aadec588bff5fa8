using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Handboek.Calendar;
using Handboek.Model;
using Handboek.Responsibilities;
using Handboek.Scheduling;

namespace Handboek.Outputs;

/// <summary>
/// The events of the agenda feeds, each made once however many feeds hold it (<see cref="CalendarFeedsOutput"/>). A
/// calendar's events depend on its kind, its role and the holidays of its school, which come with the school's region:
/// the feeds of one role at every school of a region hold the same list, each under UIDs of its own. Within the lists,
/// an event's lines after its UID are shared by every feed with the same text and dates, and what it says of the card,
/// date and link by all its summaries. Thread-safe: feeds are written on every core.
/// </summary>
internal sealed class FeedEvents(SiteContext site)
{
    /// <summary>CATEGORIES beside the role, so an agenda can colour or filter deadlines.</summary>
    private static readonly Dictionary<DateKind, string> KindNames = new()
    {
        [DateKind.Deadline] = "Uiterste datum",
        [DateKind.Day] = "Dag",
        [DateKind.Span] = "Periode",
        [DateKind.Month] = "Maand",
        [DateKind.Week] = "Week",
        [DateKind.Ongoing] = "Doorlopend",
    };

    private readonly ConcurrentDictionary<(QualityCalendar Year, ScopeKind Kind, string? Role, string? Region), Lazy<IReadOnlyList<(string Uid, IcsEventBody Body)>>> _lists = new();

    // A school's open days: worked out once per school and year.
    private readonly ConcurrentDictionary<(QualityCalendar Year, string School), Lazy<SchoolDays>> _schoolDays = new();

    // What it says of the card, date and link depends only on whether schools are closed that day.
    private readonly ConcurrentDictionary<CalendarEntry, IcsEventDetails>[] _details =
        Enumerable.Range(0, 2).Select(_ => new ConcurrentDictionary<CalendarEntry, IcsEventDetails>(ReferenceEqualityComparer.Instance)).ToArray();

    private readonly ConcurrentDictionary<BodyKey, IcsEventBody> _bodies = new();

    // By card id: a card's events are in many feeds and both years, and the git lookup is per file.
    private readonly ConcurrentDictionary<string, IcsRevision> _revisions = new(StringComparer.Ordinal);

    // The UID without the feed's scope, once per entry; the scope and host follow it.
    private readonly ConcurrentDictionary<CalendarEntry, string> _uids = new(ReferenceEqualityComparer.Instance);

    /// <summary>The events of <paramref name="scope"/> in <paramref name="year"/>, in calendar order, each with the start of its UID.</summary>
    public IReadOnlyList<(string Uid, IcsEventBody Body)> Of(QualityCalendar year, CalendarScope scope) =>
        _lists.GetOrAdd((year, scope.Kind, scope.Role?.Id, scope.School is { } school ? CalendarScope.RegionOf(school) : null),
            _ => new Lazy<IReadOnlyList<(string Uid, IcsEventBody Body)>>(() => Make(year, scope))).Value;

    private List<(string Uid, IcsEventBody Body)> Make(QualityCalendar year, CalendarScope scope)
    {
        var openDays = OpenDays(year, scope.School);
        return year.DatedIn(scope).Select(e =>
        {
            var day = AgendaDates.For(e, openDays);
            var involvement = scope.InvolvementIn(e);
            var variant = (day.Closed ? 1 : 0) + (scope.HasManyRoles ? 2 : 0) + (involvement is { } letter ? 4 * ((int)letter + 1) : 0);
            // Without a closure: this runs for every event of every list, and nearly always finds the body made.
            var body = _bodies.GetOrAdd(new BodyKey(e, variant, day.Start, day.End), static (key, args) =>
                args.Events.NewBody(key, args.Closed, args.HasManyRoles, args.Involvement), (Events: this, day.Closed, scope.HasManyRoles, Involvement: involvement));
            return (_uids.GetOrAdd(e, static (e, year) => $"{e.Card.FirstId}.{e.MomentKey}.{e.PeriodIndex}.{year}.", year.Year), body);
        }).ToList();
    }

    /// <summary>
    /// An entry reads alike in every feed that has it, so its event is made once per variant (see <see cref="Make"/>):
    /// whether schools are closed on its day, whether the feed holds more roles (then the summary starts with the role),
    /// and on a role's feed why a moment another role carries out is there (no letter, or one of five: "ter informatie").
    /// </summary>
    private IcsEventBody NewBody(BodyKey key, bool closed, bool withRole, Letter? involvement) =>
        new(key.Start, key.End, RevisionOf(key.Entry.Card), TextOf(key.Entry, closed, withRole, involvement), key.Entry.Moment.Reminder);

    private SchoolDays OpenDays(QualityCalendar year, School? school) =>
        _schoolDays.GetOrAdd((year, school?.Id ?? ""), key => new Lazy<SchoolDays>(() =>
            school is null ? SchoolDays.Shared(key.Year.Handbook) : SchoolDays.Of(key.Year.Handbook, school))).Value;

    private IcsRevision RevisionOf(Card card) =>
        _revisions.GetOrAdd(card.Id, _ => CalendarFeedsOutput.Revision(site, card));

    private IcsEventText TextOf(CalendarEntry entry, bool closed, bool withRole, Letter? involvement) =>
        Text(site, entry, _details[closed ? 1 : 0].GetOrAdd(entry, _ => Details(site, entry, closed)), withRole, involvement);

    /// <param name="involvement">On a role's feed, the role's letter on the card of a moment another role carries out:
    /// the summary then says whose moment it is and why it is there ("Directeur: Schoolgids vastgesteld (ter informatie)").</param>
    private static IcsEventText Text(SiteContext site, CalendarEntry entry, IcsEventDetails details, bool withRole, Letter? involvement)
    {
        var period = entry.Period!.Value;
        var kind = entry.Moment.When.Kind;
        var role = site.Handbook.RoleById(entry.Moment.RoleId);
        var summary = entry.IsWholeMonth ? $"{entry.Moment.What} ({DutchMonths.Name(period.From.Month)})"
            : kind == DateKind.Deadline ? $"{entry.Moment.What} (uiterlijk {DutchFormat.ShortPeriod(period)})"
            : entry.Moment.What;
        if (involvement is { } letter) summary = $"{summary} ({letter.Involvement()})";
        if (withRole || involvement is not null) summary = $"{role.Name}: {summary}";
        return new IcsEventText(summary, details, [role.Name, KindNames[kind], .. involvement is { } why ? [Capitalized(why.Involvement())] : Array.Empty<string>()]);
    }

    /// <summary>What an event says of its card, date and link: the same in every feed, whatever the summary says.</summary>
    private static IcsEventDetails Details(SiteContext site, CalendarEntry entry, bool closed)
    {
        var period = entry.Period!.Value;
        var card = entry.Card;
        var role = site.Handbook.RoleById(entry.Moment.RoleId);
        var url = site.Urls.Absolute(site.Urls.Card(card.Id));
        var when = entry.IsWholeMonth
            ? $"de hele maand {DutchMonths.Name(period.From.Month)} {period.From.Year} (in de agenda op de eerste schooldag)"
            : period.From == period.To ? DutchFormat.Period(period, entry.Moment.When.Kind) : $"{DutchFormat.Period(period)} (in de agenda op de eerste schooldag)";
        var note = closed ? "\nLet op: de scholen zijn dan dicht (weekend, feestdag of vakantie)." : "";
        return new IcsEventDetails($"Kaart: {card.Title}\nCategorie: {card.Category.Name}\nRol: {role.Name}\nWanneer: {when}{note}\n{url}", url);
    }

    /// <summary>An entry by reference (a record's own equality would compare whole cards) with its variant and dates.</summary>
    private readonly record struct BodyKey(CalendarEntry Entry, int Variant, DateOnly Start, DateOnly End)
    {
        public bool Equals(BodyKey other) => ReferenceEquals(Entry, other.Entry) && Variant == other.Variant && Start == other.Start && End == other.End;

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Entry), Variant, Start, End);
    }

    private static string Capitalized(string text) => string.Concat(text[..1].ToUpperInvariant(), text[1..]);
}
