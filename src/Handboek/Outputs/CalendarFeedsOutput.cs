using System.Collections.Concurrent;
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
        var host = site.Handbook.Settings.BaseUrl.Host;
        // An entry reads the same in every feed that has it; only its UID and, in a school's holidays, its days differ.
        var texts = new ConcurrentDictionary<CalendarEntry, (IcsEventText Text, DateOnly Stamp)>(ReferenceEqualityComparer.Instance);
        return calendar.Scopes.Select(scope => new OutputFile(site.Urls.OutputPathOfFile(site.Urls.CalendarFeed(scope)), () =>
        {
            var holidays = scope.School is { } school ? site.Handbook.HolidaysOf(school).ToList() : [];
            var events = calendar.Dated.Where(scope.Includes).Select(e =>
            {
                var (start, end) = AgendaDates.For(e, holidays);
                var (text, stamp) = texts.GetOrAdd(e, static (entry, site) => Text(site, entry), site);
                return new IcsEvent($"{e.Card.Id}.{e.Moment.Index}.{e.PeriodIndex}.{calendar.Year}.{scope.UidScope}@{host}", start, end, stamp, text);
            });
            return IcsFormatter.Format(
                $"{scope.Title} {calendar.Year}",
                $"Kwaliteitskalender {calendar.Year} van {scope.Organisation}, gemaakt uit het kwaliteitshandboek.",
                events);
        }));
    }

    private static (IcsEventText Text, DateOnly Stamp) Text(SiteContext site, CalendarEntry entry)
    {
        var period = entry.Period!.Value;
        var card = entry.Card;
        var role = site.Handbook.RoleById(entry.Moment.RoleId);
        var url = site.Urls.Absolute(site.Urls.Card(card.Id));
        var when = entry.IsWholeMonth
            ? $"de hele maand {DutchMonths.Name(period.From.Month)} {period.From.Year} (in de agenda op de eerste werkdag)"
            : DutchFormat.Period(period);
        var text = new IcsEventText(
            entry.IsWholeMonth ? $"{entry.Moment.What} ({DutchMonths.Name(period.From.Month)})" : entry.Moment.What,
            $"Kaart: {card.Title}\nRol: {role.Name}\nWanneer: {when}\n{url}",
            url,
            card.Category.Name);
        return (text, card.RevisedOn ?? card.AdoptedOn ?? site.Calendar.Year.Start);
    }
}
