using Handboek.Model;

namespace Handboek.Calendar;

/// <summary>
/// One line of a kwaliteitskalender: one period of a moment, or the moment itself when it has no date.
/// <see cref="Level"/> decides which calendars show it (see <see cref="CalendarPlacement"/>).
/// </summary>
/// <param name="MomentKey">The moment's own part of its agenda events' UIDs (see <see cref="MomentKeys"/>).</param>
/// <param name="Region">For a moment anchored to the school year: the holiday region whose schools see this entry.</param>
/// <param name="RegionalSpan">For such a moment: the span of all regions, which calendars of the whole board show.</param>
public sealed record CalendarEntry(Card Card, CalendarMoment Moment, string MomentKey, int PeriodIndex, Period? Period, CardLevel Level, string? Region = null, bool RegionalSpan = false)
{
    public bool IsWholeMonth => Period is { } p && Scheduling.DutchFormat.IsWholeMonth(p);
}
