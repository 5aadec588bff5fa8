using Handboek.Calendar;
using Handboek.Diagnostics;
using Handboek.Scheduling;

namespace Handboek.Validation;

/// <summary>Warns when a moment on a school's calendar falls entirely within one of that school's holidays.</summary>
public static class HolidayValidator
{
    public static void Validate(QualityCalendar calendar, DiagnosticBag diagnostics)
    {
        // Per school once, not per moment: most boards have far more moments than holidays.
        var holidays = calendar.Handbook.Schools
            .Select(school => (School: school, Holidays: calendar.Handbook.HolidaysOf(school).ToList()))
            .Where(s => s.Holidays.Count > 0)
            .ToDictionary(s => s.School, s => s.Holidays);
        if (holidays.Count == 0) return;

        foreach (var entry in calendar.Dated)
        {
            var clashes = calendar.SchoolsShowing(entry)
                .SelectMany(school => holidays.GetValueOrDefault(school, [])
                    .Where(h => h.Covers(entry.Period!.Value))
                    .Select(holiday => (holiday.Name, School: school.Name)))
                .GroupBy(c => c.Name, c => c.School);
            foreach (var clash in clashes)
            {
                diagnostics.Warning(entry.Moment.Location,
                    $"'{entry.Moment.What}' van kaart '{entry.Card.Id}' ({DutchFormat.Period(entry.Period!.Value)}) valt in de " +
                    $"{clash.Key.ToLowerInvariant()} van {string.Join(", ", clash)}; kies een datum buiten de vakantie");
            }
        }
    }
}
