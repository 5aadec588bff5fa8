using Handboek.Diagnostics;
using Handboek.Model;

namespace Handboek.Scheduling;

/// <summary>
/// The schedule phase: gives every moment of a card its dates in the school year being built. Some dates exist
/// only in some years (29 februari, week 53), so a moment that reads fine can still fail here, at its position. A moment
/// anchored to the school year ("vóór de herfstvakantie") gets its dates per holiday region of the board's schools.
/// </summary>
public static class MomentScheduler
{
    /// <param name="holidays">Every holiday read, of all years: the year's start needs the summer before it.</param>
    /// <param name="regions">The holiday regions of the board's schools ("heel nederland" for a school without one).</param>
    public static Card Schedule(Card card, SchoolYear year, IReadOnlyList<Holiday> holidays, IReadOnlyCollection<string> regions, DiagnosticBag diagnostics)
    {
        var moments = new List<CalendarMoment>(card.Moments.Count);
        foreach (var moment in card.Moments)
        {
            var inYear = moment.Cycle.Hits(year);
            if (inYear && moment.When is When.Anchored anchored)
            {
                if (!SchoolYearAnchors.TryResolve(anchored, moment.WhenText, year, holidays, regions, out var byRegion, out var anchorError))
                {
                    diagnostics.Error(moment.Location, anchorError);
                    continue;
                }

                var span = new Period(byRegion.Values.Min(p => p.From), byRegion.Values.Max(p => p.To));
                moments.Add(moment with { InSchoolYear = true, Periods = [span], RegionalPeriods = byRegion });
                continue;
            }

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
