using Handboek.Calendar;
using Handboek.Model;
using Handboek.Scheduling;

namespace Handboek.Outputs;

/// <summary>
/// The .ics agenda feeds. Every event has a UID built from card id, moment index, period index, school year
/// and scope, so importing or subscribing again updates events instead of duplicating them.
/// </summary>
public sealed class CalendarFeedsOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var calendar = site.Calendar;
        var host = site.Handbook.Settings.BasisUrl.Host;
        return calendar.Scopes.Select(scope => new OutputFile(site.Urls.OutputPathOfFile(site.Urls.CalendarFeed(scope)), () =>
        {
            var holidays = scope.School is { } school ? site.Handbook.VakantiesVan(school).ToList() : [];
            var events = calendar.Dated.Where(scope.Includes).Select(e => Event(site, e, scope, holidays, host));
            return IcsFormatter.Format(
                $"{scope.Titel} {calendar.Year}",
                $"Kwaliteitskalender {calendar.Year} van {scope.Organisatie}, gemaakt uit het kwaliteitshandboek.",
                events);
        }));
    }

    private static IcsEvent Event(SiteContext site, CalendarEntry entry, CalendarScope scope, IReadOnlyList<Holiday> holidays, string host)
    {
        var (start, end) = AgendaDates.For(entry, holidays);
        var period = entry.Period!.Value;
        var card = entry.Card;
        var role = site.Handbook.Rol(entry.Moment.Rol);
        var url = site.Urls.Absolute(site.Urls.Card(card.Id));
        var when = entry.IsWholeMonth
            ? $"de hele maand {DutchMonths.Name(period.Van.Month)} {period.Van.Year} (in de agenda op de eerste werkdag)"
            : DutchFormat.Period(period);
        return new IcsEvent(
            $"{card.Id}.{entry.Moment.Index}.{entry.PeriodIndex}.{site.Calendar.Year}.{scope.UidScope}@{host}",
            start,
            end,
            entry.IsWholeMonth ? $"{entry.Moment.Wat} ({DutchMonths.Name(period.Van.Month)})" : entry.Moment.Wat,
            $"Kaart: {card.Titel}\nRol: {role.Naam}\nWanneer: {when}\n{url}",
            url,
            card.Categorie.Naam,
            card.HerzienOp ?? card.VastgesteldOp ?? site.Calendar.Year.Start);
    }
}
