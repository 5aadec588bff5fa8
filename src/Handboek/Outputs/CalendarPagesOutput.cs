using Handboek.Calendar;
using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>
/// A calendar page for the whole handbook, the board, every school and every role, and a one-page year
/// poster for each of them except the roles.
/// </summary>
public sealed class CalendarPagesOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var views = new CalendarViewFactory(site.Calendar, site.Urls);
        var year = site.Handbook.Settings.Schooljaar;
        foreach (var scope in site.Calendar.Scopes)
        {
            // The page and the poster show the same view: build it once, when the first of them is rendered.
            var view = new Lazy<CalendarView>(() => views.Create(scope));
            var pageUrl = site.Urls.Calendar(scope);
            yield return new OutputFile(site.Urls.OutputPathOf(pageUrl), () =>
                site.Pages.Render("kalender", new PageView($"{view.Value.Titel} {year}", pageUrl, view.Value.Omschrijving, "kalender"), "kalender", view.Value));
            if (site.Urls.CalendarPoster(scope) is { } poster)
                yield return new OutputFile(site.Urls.OutputPathOf(poster), () =>
                    site.Pages.Render("poster", new PageView($"Jaarposter {view.Value.Titel} {year}", poster, view.Value.Omschrijving, "poster"), "kalender", view.Value));
        }
    }
}
