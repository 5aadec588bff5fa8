namespace Handboek.Scheduling;

/// <summary>
/// The date in the Netherlands of a moment in time. Amsterdam is UTC+1, and UTC+2 from 01:00 UTC on the last Sunday
/// of March to 01:00 UTC on the last Sunday of October (the EU rule). Computed rather than looked up, so dates never
/// depend on whether the machine has time zone data.
/// </summary>
public static class AmsterdamTime
{
    public static DateOnly DateOf(DateTimeOffset moment)
    {
        var utc = moment.UtcDateTime;
        var summerStarts = LastSunday(utc.Year, 3).AddHours(1);
        var summerEnds = LastSunday(utc.Year, 10).AddHours(1);
        return DateOnly.FromDateTime(utc.AddHours(utc >= summerStarts && utc < summerEnds ? 2 : 1));
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
