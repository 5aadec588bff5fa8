using Handboek.Model;

namespace Handboek.Calendar;

/// <summary>
/// The agenda convention: a moment planned for a whole month appears on the first working day of that month
/// (outside the school's holidays), so an agenda gets one reminder instead of a month-long bar per moment.
/// Every other moment spans exactly its days.
/// </summary>
public static class AgendaDates
{
    /// <returns>First day and exclusive end day of the agenda event.</returns>
    public static (DateOnly Start, DateOnly End) For(CalendarEntry entry, IEnumerable<Holiday> holidays)
    {
        var period = entry.Period!.Value;
        if (!entry.IsWholeMonth) return (period.From, period.To.AddDays(1));

        var off = holidays.ToList();
        var day = period.From;
        while (day < period.To && (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || off.Any(h => h.Covers(new Period(day, day)))))
            day = day.AddDays(1);
        return (day, day.AddDays(1));
    }
}
