using System.Globalization;
using Handboek.Model;

namespace Handboek.Scheduling;

/// <summary>Turns a parsed <see cref="When"/> into concrete inclusive periods within one school year.</summary>
public static class WhenResolver
{
    public static bool TryResolve(When when, SchoolYear year, out IReadOnlyList<Period> periods, out string error)
    {
        error = "";
        periods = [];
        switch (when)
        {
            case When.Ongoing:
                return true;
            case When.WholeMonth m:
                periods = [MonthIn(year, m.Month)];
                return true;
            case When.EveryMonth:
                periods = year.Months().Select(ym => MonthIn(year, ym.Month)).ToList();
                return true;
            case When.MonthRange r:
                periods = MonthsFromTo(r.From, r.To).Select(m => MonthIn(year, m)).OrderBy(p => p.From).ToList();
                return true;
            case When.Day d:
                if (!TryDateIn(year, d.DayOfMonth, d.Month, out var day, out error)) return false;
                if (d.Before) day = IntoYear(year, day.AddDays(-1));
                periods = [new Period(day, day)];
                return true;
            case When.DayRange r:
                if (!TryDateIn(year, r.FromDay, r.FromMonth, out var from, out error)) return false;
                if (!TryDateIn(year, r.ToDay, r.ToMonth, out var to, out error)) return false;
                // A range written across 31 July ("15 juli t/m 15 augustus") runs on into the next summer.
                if (to < from) to = to.AddYears(1);
                periods = [new Period(from, to)];
                return true;
            case When.IsoWeek w:
                return TryResolveWeek(w.Week, year, out periods, out error);
            case When.Anchored:
                // Dates per region: the scheduler resolves these with the holidays (SchoolYearAnchors).
                error = "dit moment hangt af van de schoolvakanties; het krijgt zijn datums per regio";
                return false;
            default:
                throw new ArgumentOutOfRangeException(nameof(when), when, null);
        }
    }

    private static bool TryResolveWeek(int week, SchoolYear year, out IReadOnlyList<Period> periods, out string error)
    {
        periods = [];
        error = "";
        foreach (var isoYear in new[] { year.StartYear, year.StartYear + 1 })
        {
            if (week > ISOWeek.GetWeeksInYear(isoYear)) continue;
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday));
            if (!year.Contains(monday)) continue;
            periods = [new Period(monday, monday.AddDays(4))];
            return true;
        }

        error = $"week {week} valt niet in schooljaar {year}";
        return false;
    }

    private static IEnumerable<int> MonthsFromTo(int from, int to)
    {
        for (var m = from; ; m = m % 12 + 1)
        {
            yield return m;
            if (m == to) yield break;
        }
    }

    private static Period MonthIn(SchoolYear year, int month)
    {
        var first = new DateOnly(year.YearOf(month), month, 1);
        return new Period(first, first.AddMonths(1).AddDays(-1));
    }

    private static bool TryDateIn(SchoolYear year, int day, int month, out DateOnly date, out string error)
    {
        var calendarYear = year.YearOf(month);
        error = "";
        date = default;
        if (day > DateTime.DaysInMonth(calendarYear, month))
        {
            error = $"{day} {DutchMonths.Name(month)} bestaat niet in {calendarYear}";
            return false;
        }

        date = new DateOnly(calendarYear, month, day);
        return true;
    }

    /// <summary>"vóór 1 augustus" is 31 July at the end of the school year, not the one before it.</summary>
    private static DateOnly IntoYear(SchoolYear year, DateOnly date) => date < year.Start ? date.AddYears(1) : date;
}
