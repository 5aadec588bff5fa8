using Handboek.Model;
using Handboek.Scheduling;

namespace Handboek.Calendar;

/// <summary>The day an event has in an agenda; <see cref="End"/> is exclusive, as RFC 5545 wants for whole days.</summary>
/// <param name="Closed">The moment's whole span falls on days schools are closed: it keeps its own first day.</param>
public readonly record struct AgendaDate(DateOnly Start, DateOnly End, bool Closed);

/// <summary>
/// The agenda convention: a moment that spans days (a month, "maart t/m juni" per month, "10 t/m 31 januari", a week)
/// appears on the first school day of its span, so an agenda gets one reminder instead of a bar across the holidays;
/// the description still says the whole span. A moment on one day keeps that day, open or not: a deadline is a date.
/// </summary>
public static class AgendaDates
{
    public static AgendaDate For(CalendarEntry entry, SchoolDays schoolDays)
    {
        var period = entry.Period!.Value;
        if (period.From == period.To) return new AgendaDate(period.From, period.To.AddDays(1), !schoolDays.IsOpen(period.From));
        return schoolDays.FirstIn(period) is { } day
            ? new AgendaDate(day, day.AddDays(1), false)
            : new AgendaDate(period.From, period.From.AddDays(1), true);
    }
}
