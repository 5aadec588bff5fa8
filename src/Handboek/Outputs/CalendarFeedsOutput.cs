using Handboek.Calendar;
using Handboek.Model;

namespace Handboek.Outputs;

/// <summary>
/// The .ics agenda feeds. An event's UID is made of the card's first id (it survives a rename, see vorige_ids), the moment's own key (<see cref="MomentKeys"/>), the
/// period, the school year and the scope, so subscribing again updates events instead of duplicating them, and a
/// moment added above another moves nothing in anyone's agenda. A feed holds this school year and the next (when it
/// can be placed); a calendar without dated moments this year gets no feed, as its page says. The events themselves come
/// from <see cref="FeedEvents"/>, made once for all feeds that hold them.
/// </summary>
public sealed class CalendarFeedsOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        // This school year and, once it can be placed, the next: in July an agenda already shows September.
        var years = new Lazy<IReadOnlyList<QualityCalendar>>(() => site.NextCalendar.Value is { } next ? [site.Calendar, next] : [site.Calendar]);
        var description = new Lazy<string>(() => $"Kwaliteitskalender {string.Join(" en ", years.Value.Select(y => y.Year))}");
        var host = site.Handbook.Settings.BaseUrl.Host;
        var events = new FeedEvents(site);
        // The same rule as the calendar page's link (CalendarViewFactory): a feed for each calendar with dated moments this year.
        return site.Calendar.Scopes.Where(scope => site.Calendar.DatedIn(scope).Any()).Select(scope => new OutputFile(site.Urls.OutputPathOfFile(site.Urls.CalendarFeed(scope)), () =>
        {
            var uidScope = $"{scope.UidScope}@{host}";
            return IcsFormatter.Format(
                scope.Title,
                $"{description.Value} van {scope.Organisation}, gemaakt uit het kwaliteitshandboek.",
                years.Value.SelectMany(year => events.Of(year, scope)).Select(e => new IcsEvent(e.Uid, e.Body, uidScope)));
        }));
    }

    /// <summary>The version of a card's events: its last commit and how many changed it; outside git its own dates.</summary>
    internal static IcsRevision Revision(SiteContext site, Card card)
    {
        var file = Path.Combine(site.InputDir, card.SourcePath);
        if (site.Changes.History?.LastChange(file) is { } commit)
            return new IcsRevision(commit.Date, site.Changes.History.ChangeCount(file), true);
        var date = card.RevisedOn ?? card.AdoptedOn ?? site.Calendar.Year.Start;
        return new IcsRevision(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), 0, false);
    }
}
