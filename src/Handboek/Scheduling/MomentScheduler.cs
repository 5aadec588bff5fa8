using Handboek.Diagnostics;
using Handboek.Model;

namespace Handboek.Scheduling;

/// <summary>
/// The schedule phase: gives every moment of a card its dates in the school year being built. Some dates exist
/// only in some years (29 februari, week 53), so a moment that reads fine can still fail here, at its position.
/// </summary>
public static class MomentScheduler
{
    public static Card Schedule(Card card, SchoolYear year, DiagnosticBag diagnostics)
    {
        var moments = new List<CalendarMoment>(card.Moments.Count);
        foreach (var moment in card.Moments)
        {
            var inYear = moment.Cycle.Hits(year);
            IReadOnlyList<Period> periods = [];
            if (inYear && !WhenResolver.TryResolve(moment.When, year, out periods, out var error))
            {
                diagnostics.Error(moment.Location, error);
                continue;
            }

            moments.Add(moment with { InSchoolYear = inYear, Periods = periods });
        }

        return card with { Moments = moments };
    }
}
