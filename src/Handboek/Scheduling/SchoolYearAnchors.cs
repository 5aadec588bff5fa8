using Handboek.Model;

namespace Handboek.Scheduling;

/// <summary>
/// Dates anchored to the school year as schools write them ("begin schooljaar", "vóór de herfstvakantie", "eerste week
/// na de zomervakantie"), per holiday region: the school year starts after the summer holiday and ends before the next,
/// and the vacations differ per region. A school day is a weekday that is no public holiday and no school holiday.
/// </summary>
public static class SchoolYearAnchors
{
    public static bool TryResolve(When.Anchored anchored, string text, SchoolYear year, IReadOnlyList<Holiday> holidays, IReadOnlyCollection<string> regions,
        out IReadOnlyDictionary<string, Period> byRegion, out string error)
    {
        var result = new Dictionary<string, Period>(StringComparer.Ordinal);
        byRegion = result;
        error = "";
        foreach (var region in regions)
        {
            var own = holidays.Where(h => h.Region == region || h.Region == Holiday.Nationwide).ToList();
            var days = SchoolDays.Of(year, own);
            var (needed, yearOfData) = Needed(anchored, year, own);
            if (needed is null)
            {
                error = $"'{text}' hangt af van de {anchored.Vacation ?? "zomervakantie"} in regio {region}, en die staat niet in de schoolvakanties van {yearOfData}; zet die in vakanties.json of vakanties.yml";
                return false;
            }

            result[region] = Resolve(anchored.Anchor, needed.Value, days);
        }

        return true;
    }

    /// <summary>
    /// The holiday the anchor counts from, and the school year whose holiday data holds it: the year's start counts from
    /// the summer holiday before it, which belongs to the year before.
    /// </summary>
    private static (Period? Holiday, SchoolYear DataYear) Needed(When.Anchored anchored, SchoolYear year, List<Holiday> holidays)
    {
        var before = anchored.Anchor is Anchor.YearStart or Anchor.FirstWeek
            || (anchored.Anchor == Anchor.WeekAfterVacation && anchored.Vacation == "zomervakantie");
        if (before) return (Find(holidays, "zomervakantie", h => h.End >= year.Start.AddMonths(-1) && h.End < year.Start.AddMonths(2)), year.Next(-1));
        if (anchored.Anchor is Anchor.YearEnd or Anchor.LastWeek || anchored.Vacation == "zomervakantie")
            return (Find(holidays, "zomervakantie", h => h.Start > year.Start.AddMonths(9) && h.Start <= year.End.AddMonths(1)), year);
        return (Find(holidays, anchored.Vacation!, h => year.Contains(h.Start)), year);
    }

    private static Period? Find(List<Holiday> holidays, string name, Func<Holiday, bool> when) =>
        holidays.Where(h => h.Name.Contains(name, StringComparison.OrdinalIgnoreCase) && when(h)).Select(h => (Period?)new Period(h.Start, h.End)).FirstOrDefault();

    private static Period Resolve(Anchor anchor, Period holiday, SchoolDays days)
    {
        var firstAfter = days.After(holiday.To);
        var lastBefore = days.Before(holiday.From);
        return anchor switch
        {
            Anchor.YearStart => new Period(firstAfter, Friday(firstAfter).AddDays(7)),
            Anchor.YearEnd => new Period(Monday(lastBefore).AddDays(-7), lastBefore),
            Anchor.FirstWeek or Anchor.WeekAfterVacation => new Period(firstAfter, Friday(firstAfter)),
            Anchor.LastWeek or Anchor.WeekBeforeVacation => new Period(Monday(lastBefore), lastBefore),
            _ => new Period(lastBefore, lastBefore),
        };
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly Friday(DateOnly day) => Monday(day).AddDays(4);
}
