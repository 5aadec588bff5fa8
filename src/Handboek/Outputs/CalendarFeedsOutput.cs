using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Handboek.Calendar;
using Handboek.Model;
using Handboek.Responsibilities;
using Handboek.Scheduling;

namespace Handboek.Outputs;

/// <summary>
/// The .ics agenda feeds. An event's UID is made of the card's first id (it survives a rename, see vorige_ids), the moment's own key (<see cref="MomentKeys"/>), the
/// period, the school year and the scope, so subscribing again updates events instead of duplicating them, and a
/// moment added above another moves nothing in anyone's agenda. A feed holds this school year and the next (when it
/// can be placed); a calendar without dated moments this year gets no feed, as its page says.
/// </summary>
public sealed class CalendarFeedsOutput : ISiteOutput
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

    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        // This school year and, once it can be placed, the next: in July an agenda already shows September.
        var years = new Lazy<IReadOnlyList<QualityCalendar>>(() => site.NextCalendar.Value is { } next ? [site.Calendar, next] : [site.Calendar]);
        var host = site.Handbook.Settings.BaseUrl.Host;
        // A school's open days serve its own feed and those of each of its roles: worked out once per school and year.
        var schoolDays = new ConcurrentDictionary<(QualityCalendar Year, string School), Lazy<SchoolDays>>();
        SchoolDays OpenDays(QualityCalendar year, School? school) => schoolDays.GetOrAdd((year, school?.Id ?? ""), key => new Lazy<SchoolDays>(() =>
            school is null ? SchoolDays.Shared(key.Year.Handbook) : SchoolDays.Of(key.Year.Handbook, school))).Value;
        // An entry reads alike in every feed that has it, so its text is made once per variant: whether schools are closed
        // on its day, whether the feed holds more roles (then the summary starts with the role), and on a role's feed
        // why a moment another role carries out is there (no letter, or one of five: "ter informatie").
        var texts = Enumerable.Range(0, 4 * (Letters.All.Count + 1)).Select(_ => new ConcurrentDictionary<CalendarEntry, IcsEventText>(ReferenceEqualityComparer.Instance)).ToArray();
        // What it says of the card, date and link depends only on whether schools are closed that day.
        var details = Enumerable.Range(0, 2).Select(_ => new ConcurrentDictionary<CalendarEntry, IcsEventDetails>(ReferenceEqualityComparer.Instance)).ToArray();
        var description = new Lazy<string>(() => $"Kwaliteitskalender {string.Join(" en ", years.Value.Select(y => y.Year))}");
        // What follows an event's UID, the same in each feed with the same text and dates: written once, copied into each.
        var bodies = new ConcurrentDictionary<BodyKey, IcsEventBody>();
        // By card id: a card's events are in many feeds and both years, and the git lookup is per file.
        var revisions = new ConcurrentDictionary<string, IcsRevision>(StringComparer.Ordinal);
        // The UID without the feed's scope, once per entry; the scope and host follow it.
        var uids = new ConcurrentDictionary<CalendarEntry, string>(ReferenceEqualityComparer.Instance);
        // A calendar's events depend on its kind, its role and the holidays of its school, which come with the school's
        // region: the feeds of one role at every school of a region hold the same events, made once, each under its own UIDs.
        var shared = new ConcurrentDictionary<(QualityCalendar Year, ScopeKind Kind, string? Role, string? Region), Lazy<IReadOnlyList<(string Uid, IcsEventBody Body)>>>();
        IReadOnlyList<(string Uid, IcsEventBody Body)> EventsOf(QualityCalendar year, CalendarScope scope) =>
            shared.GetOrAdd((year, scope.Kind, scope.Role?.Id, scope.School is { } school ? CalendarScope.RegionOf(school) : null), _ => new(() =>
            {
                var openDays = OpenDays(year, scope.School);
                return year.Dated.Where(scope.Includes).Select(e =>
                {
                    var day = AgendaDates.For(e, openDays);
                    var involvement = scope.InvolvementIn(e);
                    var variant = (day.Closed ? 1 : 0) + (scope.HasManyRoles ? 2 : 0) + (involvement is { } letter ? 4 * ((int)letter + 1) : 0);
                    var body = bodies.GetOrAdd(new BodyKey(e, variant, day.Start, day.End), static (key, context) =>
                    {
                        var text = context.Texts[key.Variant].GetOrAdd(key.Entry, static (entry, context) =>
                        {
                            var details = context.Details[context.Closed ? 1 : 0].GetOrAdd(entry, static (entry, context) => Details(context.Site, entry, context.Closed), context);
                            return Text(context.Site, entry, details, context.HasManyRoles, context.Involvement);
                        }, context);
                        return new IcsEventBody(key.Start, key.End, context.Revisions.GetOrAdd(key.Entry.Card.Id, static (_, context) => Revision(context.Site, context.Card), (context.Site, key.Entry.Card)), text, key.Entry.Moment.Reminder);
                    }, (Site: site, Texts: texts, Details: details, Revisions: revisions, day.Closed, scope.HasManyRoles, Involvement: involvement));
                    return (uids.GetOrAdd(e, static (e, year) => $"{e.Card.FirstId}.{e.MomentKey}.{e.PeriodIndex}.{year}.", year.Year), body);
                }).ToList();
            })).Value;

        // The same rule as the calendar page's link (CalendarViewFactory): a feed for each calendar with dated moments this year.
        return site.Calendar.Scopes.Where(scope => site.Calendar.Dated.Any(scope.Includes)).Select(scope => new OutputFile(site.Urls.OutputPathOfFile(site.Urls.CalendarFeed(scope)), () =>
        {
            var uidScope = $"{scope.UidScope}@{host}";
            var events = years.Value.SelectMany(year => EventsOf(year, scope)).Select(e => new IcsEvent(e.Uid, e.Body, uidScope));
            return IcsFormatter.Format(scope.Title, $"{description.Value} van {scope.Organisation}, gemaakt uit het kwaliteitshandboek.", events);
        }));
    }

    /// <summary>The version of a card's events: its last commit and how many changed it; outside git its own dates.</summary>
    internal static IcsRevision Revision(SiteContext site, Card card)
    {
        var file = Path.Combine(site.InputDir, card.SourcePath);
        if (site.Changes.History?.LastChange(file) is { } commit)
            return new IcsRevision(commit.Date, site.Changes.History.ChangeCount(file), true);
        var date = card.RevisedOn ?? card.AdoptedOn ?? site.Calendar.Year.Start;
        return new IcsRevision(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), 0, false);
    }

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
