using Handboek.Model;

namespace Handboek.Scheduling;

/// <summary>
/// The days schools are open: not a weekend, not a public holiday, not a school holiday. A school's calendar knows
/// that school's holidays; the board's, the full and the role calendars only the holidays every school has (all of a
/// board's regions, or "heel Nederland" when it lists no schools), so a board moment never lands on a day all its
/// schools are closed. The moments anchored to the school year count their days with it too, per region.
/// </summary>
public sealed class SchoolDays
{
    /// <summary>Weekends aside, the days schools are closed, from the start of the year through the next one (a range may run on into next summer).</summary>
    private readonly HashSet<DateOnly> _closed;

    private SchoolDays(SchoolYear year, Func<DateOnly, bool> inHoliday)
    {
        var days = Enumerable.Range(0, year.Start.AddYears(2).DayNumber - year.Start.DayNumber).Select(year.Start.AddDays);
        _closed = [.. new[] { year.Start.Year, year.Start.Year + 1, year.Start.Year + 2 }.SelectMany(PublicHolidays.In).Select(h => h.Date), .. days.Where(inHoliday)];
    }

    public static SchoolDays Of(Handbook handbook, School school) => Of(handbook.Settings.SchoolYear, handbook.HolidaysOf(school));

    /// <summary>For the schools of one holiday region: its holidays and the nationwide ones.</summary>
    public static SchoolDays Of(SchoolYear year, IEnumerable<Holiday> holidays)
    {
        var list = holidays.ToList();
        return new SchoolDays(year, day => list.Any(h => h.Covers(new Period(day, day))));
    }

    /// <summary>For calendars of the whole board: a day off only when every school is off.</summary>
    public static SchoolDays Shared(Handbook handbook)
    {
        if (handbook.Schools.Count == 0)
        {
            var nationwide = handbook.Holidays.Where(h => h.Region == Holiday.Nationwide).ToList();
            return new SchoolDays(handbook.Settings.SchoolYear, day => nationwide.Any(h => h.Covers(new Period(day, day))));
        }

        var perSchool = handbook.Schools.Select(s => handbook.HolidaysOf(s).ToList()).ToList();
        return new SchoolDays(handbook.Settings.SchoolYear, day => perSchool.All(holidays => holidays.Any(h => h.Covers(new Period(day, day)))));
    }

    public bool IsOpen(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_closed.Contains(day);

    /// <summary>The first open day after <paramref name="day"/>.</summary>
    public DateOnly After(DateOnly day)
    {
        do day = day.AddDays(1); while (!IsOpen(day));
        return day;
    }

    /// <summary>The last open day before <paramref name="day"/>.</summary>
    public DateOnly Before(DateOnly day)
    {
        do day = day.AddDays(-1); while (!IsOpen(day));
        return day;
    }

    /// <summary>The first open day of <paramref name="period"/>, or null when schools are closed all of it.</summary>
    public DateOnly? FirstIn(Period period)
    {
        for (var day = period.From; day <= period.To; day = day.AddDays(1))
            if (IsOpen(day)) return day;
        return null;
    }
}
