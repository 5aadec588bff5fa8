using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Handboek.Calendar;
using Handboek.Model;
using Handboek.Responsibilities;
using Handboek.Scheduling;

namespace Handboek.Rendering;

/// <summary>
/// Builds what a calendar page, its poster and a role page show: the months from August to July with their entries.
/// Thread-safe. Each calendar's view is made once and shared by the pages that show it; an entry looks the same on
/// every calendar except for whether it falls in that calendar's holidays and, on a role's calendar, why it is there
/// (<see cref="CalendarScope.InvolvementIn"/>), so its view is made once per answer and shared, and so is its HTML.
/// </summary>
/// <param name="nextYearInFeeds">The next school year's calendar when the agenda feeds already hold it, so the pages can say so.</param>
public sealed class CalendarViewFactory(QualityCalendar calendar, SiteUrls urls, Lazy<QualityCalendar?>? nextYearInFeeds = null)
{
    // Indexed by variant (see Entry): in the holidays or not, times no letter or one of the five.
    private readonly ConcurrentDictionary<CalendarEntry, EntryView>[] _entries =
        Enumerable.Range(0, 2 * (Letters.All.Count + 1)).Select(_ => new ConcurrentDictionary<CalendarEntry, EntryView>(ReferenceEqualityComparer.Instance)).ToArray();
    private readonly IReadOnlyDictionary<string, RoleView> _roles = RoleView.ById(calendar.Handbook, urls);
    // By card: every moment of a card, in every variant, says the same.
    private readonly ConcurrentDictionary<Card, string> _involved = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<CalendarScope, Lazy<CalendarView>> _views = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<MonthView, MonthView> _months = new(SameMonth.Instance);
    private readonly ConcurrentDictionary<(ScopeKind Kind, string? Role, string? Region), Lazy<CalendarContent>> _contents = new();

    private Handbook Handbook => calendar.Handbook;

    public CalendarView ViewOf(CalendarScope scope) =>
        _views.GetOrAdd(scope, static (s, factory) => new Lazy<CalendarView>(() => factory.Create(s)), this).Value;

    private CalendarView Create(CalendarScope scope)
    {
        var content = _contents.GetOrAdd((scope.Kind, scope.Role?.Id, scope.School is { } ofSchool ? CalendarScope.RegionOf(ofSchool) : null),
            static (_, args) => new Lazy<CalendarContent>(() => args.Factory.ContentOf(args.Scope)), (Factory: this, Scope: scope)).Value;
        // A calendar without dated moments gets no .ics (CalendarFeedsOutput), so no link to one.
        var feed = content.HasDated ? urls.CalendarFeed(scope) : null;
        var roleViews = content.Roles;
        var months = content.Months;
        return new CalendarView
        {
            Title = scope.Title,
            Organisation = scope.Organisation,
            Description = Description(scope),
            Page = urls.Calendar(scope),
            Ics = feed,
            Subscribe = feed is null ? null : urls.Subscription(feed),
            FeedAddress = feed is null ? null : urls.Absolute(feed),
            NextYearInFeed = feed is null ? null : nextYearInFeeds?.Value?.Year.ToString(),
            Poster = urls.CalendarPoster(scope),
            Months = months,
            PosterSheets = content.PosterSheets,
            Ongoing = content.Ongoing,
            OtherYears = content.OtherYears,
            ForRole = scope.Role is not null,
            Roles = roleViews,
            Calendars = calendar.Scopes.Where(s => s.Kind is ScopeKind.Full or ScopeKind.Board).Select(Link).ToList(),
            Schools = calendar.Scopes.Where(s => s.Kind == ScopeKind.School).Select(s => new LinkView(s.School!.Name, urls.Calendar(s), s.School.Place)).ToList(),
            RoleCalendars = calendar.Scopes.Where(s => s.Kind == ScopeKind.Role).Select(s => new LinkView(s.Role!.Name, urls.Calendar(s))).ToList(),
            SchoolRoles = scope.School is { } school
                ? calendar.Scopes.Where(s => s.Kind == ScopeKind.SchoolRole && s.School == school).Select(s => new LinkView(s.Role!.Name, urls.Calendar(s))).ToList()
                : [],
            Filters =
            [
                .. scope.Role is null ? [new FilterView("rol", "Rol", "Alle rollen", roleViews.Select(r => new FilterOption(r.Id, r.Name)).ToList())] : Array.Empty<FilterView>(),
                new FilterView("niveau", "Niveau", "Bestuur en school", [new(CardLevel.Board.Id(), "Bestuur"), new(CardLevel.School.Id(), "School")]),
            ],
        };
    }

    /// <summary>Months alike: the same entry views (shared per variant, so compared by reference) and holidays.</summary>
    private sealed class SameMonth : IEqualityComparer<MonthView>
    {
        public static readonly SameMonth Instance = new();

        public bool Equals(MonthView? x, MonthView? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.Id == y.Id
                && x.Moments.SequenceEqual(y.Moments, ReferenceEqualityComparer.Instance)
                && x.Holidays.SequenceEqual(y.Holidays));

        public int GetHashCode(MonthView month)
        {
            var hash = new HashCode();
            hash.Add(month.Id);
            foreach (var entry in month.Moments) hash.Add(RuntimeHelpers.GetHashCode(entry));
            return hash.ToHashCode();
        }
    }

    /// <summary>
    /// What a calendar shows of the moments. It depends on the calendar's kind, its role and its school's holidays,
    /// which come with the school's region: the calendars of one role at every school of a region share it.
    /// </summary>
    private CalendarContent ContentOf(CalendarScope scope)
    {
        var holidays = HolidaysFor(scope);
        var dated = calendar.DatedIn(scope).ToList();
        var byMonth = dated.ToLookup(e => (e.Period!.Value.From.Year, e.Period!.Value.From.Month));
        var months = calendar.Year.Months().Select(ym =>
        {
            var inMonth = byMonth[ym];
            var first = new DateOnly(ym.Year, ym.Month, 1);
            var month = new Period(first, first.AddMonths(1).AddDays(-1));
            var view = new MonthView(
                $"{ym.Year:D4}-{ym.Month:D2}",
                $"{DutchMonths.CapitalizedName(ym.Month)} {ym.Year}",
                DutchMonths.CapitalizedName(ym.Month),
                inMonth.Select(e => Entry(e, holidays, scope)).ToList(),
                holidays.Where(h => h.Start <= month.To && h.End >= month.From)
                    .Select(h => new HolidayView(h.Name, DutchFormat.Period(new Period(h.Start, h.End)))).ToList());
            // A month that another calendar shows alike (the full calendar and a school's, without holidays) is that
            // one, so its HTML is rendered once (FragmentCache).
            return _months.GetOrAdd(view, view);
        }).ToList();

        // The role filter offers every role with a part in a moment shown, not only the roles that carry one out.
        var ongoing = calendar.Ongoing.Where(scope.Includes).ToList();
        var shown = dated.Concat(ongoing).ToList();
        var roles = shown.Select(e => e.Moment.RoleId)
            .Concat(shown.Select(e => e.Card).Distinct<Card>(ReferenceEqualityComparer.Instance).SelectMany(c => ResponsibilityMatrix.Assignments(c).Select(a => a.Role)))
            .ToHashSet(StringComparer.Ordinal);
        return new CalendarContent(
            months,
            PosterLayout.Sheets(months),
            ongoing.Select(e => Entry(e, [], scope)).ToList(),
            calendar.OtherYears.Where(scope.Includes).DistinctBy(e => (e.Card.Id, e.Moment.Index)).Select(e => Entry(e, [], scope)).ToList(),
            Handbook.Roles.Where(r => roles.Contains(r.Id)).Select(r => _roles[r.Id]).ToList(),
            dated.Count > 0);
    }

    private sealed record CalendarContent(
        IReadOnlyList<MonthView> Months,
        IReadOnlyList<PosterSheet> PosterSheets,
        IReadOnlyList<EntryView> Ongoing,
        IReadOnlyList<EntryView> OtherYears,
        IReadOnlyList<RoleView> Roles,
        bool HasDated);

    private LinkView Link(CalendarScope scope) => new(scope.Title, urls.Calendar(scope));

    private IReadOnlyList<Holiday> HolidaysFor(CalendarScope scope) =>
        scope.School is { } school
            ? Handbook.HolidaysOf(school).ToList()
            : Handbook.Holidays.Where(h => h.Region == Holiday.Nationwide).ToList();

    private EntryView Entry(CalendarEntry entry, IReadOnlyList<Holiday> holidays, CalendarScope scope)
    {
        var inHolidays = entry.Period is { } period && InAny(holidays, period);
        var letter = scope.InvolvementIn(entry);
        var variant = (inHolidays ? 1 : 0) + (letter is { } l ? 2 * ((int)l + 1) : 0);
        return _entries[variant].GetOrAdd(entry, static (e, args) => args.Factory.Variant(e, args.InHolidays, args.Letter), (Factory: this, InHolidays: inHolidays, Letter: letter));
    }

    /// <summary>An entry's variant shares its texts with the plain one: only the holidays and the letter differ.</summary>
    private EntryView Variant(CalendarEntry entry, bool inHolidays, Letter? involvement)
    {
        if (!inHolidays && involvement is null) return NewEntry(entry);
        var plain = _entries[0].GetOrAdd(entry, static (e, factory) => factory.NewEntry(e), this);
        return plain with { InHolidays = inHolidays, Letter = involvement?.ToString(), Involvement = involvement?.Involvement() };
    }

    // A loop, not Any with a lambda: this runs for every entry of every calendar.
    private static bool InAny(IReadOnlyList<Holiday> holidays, Period period)
    {
        foreach (var holiday in holidays)
        {
            if (holiday.Covers(period)) return true;
        }

        return false;
    }

    private EntryView NewEntry(CalendarEntry entry)
    {
        var role = _roles[entry.Moment.RoleId];
        var period = entry.Period;
        var nextYear = entry.Moment.InSchoolYear ? null : entry.Moment.Cycle.NextHit(calendar.Year).ToString();
        var kind = entry.Moment.When.Kind;
        return new EntryView(
            period is { } p ? DutchFormat.Period(p, kind) : nextYear is null ? entry.Moment.WhenText : $"{entry.Moment.WhenText} ({entry.Moment.Cycle.Name})",
            period is { } q ? DutchFormat.ShortPeriod(q, kind) : entry.Moment.WhenText,
            kind.Id(),
            period?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            period?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            entry.Moment.What,
            role,
            entry.Level.Id(),
            new LinkView(entry.Card.Title, urls.Card(entry.Card.Id)),
            false,
            nextYear,
            null,
            null,
            Involved(entry.Card));
    }

    /// <summary>"directeur:A ib-er:C leerkracht:I": each role's first letter on the card, for the calendar's role filter.</summary>
    private string Involved(Card card) =>
        _involved.GetOrAdd(card, static card => string.Join(' ', ResponsibilityMatrix.Assignments(card).DistinctBy(a => a.Role).Select(a => $"{a.Role}:{a.Letter}")));

    private string Description(CalendarScope scope) => scope.Kind switch
    {
        ScopeKind.Full => $"Alle momenten uit het kwaliteitshandboek van {Handbook.Settings.Name}, voor bestuur en scholen.",
        ScopeKind.Board => "De momenten op bestuursniveau: alles wat een rol van het bestuur uitvoert, en de momenten die voor bestuur en scholen gelden.",
        ScopeKind.School => $"De momenten voor {scope.School!.Name}: alles wat een rol op school uitvoert, en de momenten die voor bestuur en scholen gelden.",
        ScopeKind.SchoolRole => $"De momenten waarop {scope.Role!.Name.ToLowerInvariant()} op {scope.School!.Name} aan de beurt is.",
        _ => $"De momenten waarop {scope.Role!.Name.ToLowerInvariant()} aan de beurt is.",
    };
}
