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
        var year = site.Handbook.Settings.SchoolYear;
        foreach (var scope in site.Calendar.Scopes)
        {
            var pageUrl = site.Urls.Calendar(scope);
            yield return new OutputFile(site.Urls.OutputPathOf(pageUrl), () =>
            {
                var view = site.CalendarViews.ViewOf(scope);
                return site.Pages.Render("kalender", new PageView($"{view.Title} {year}", pageUrl, view.Description, "kalender"), "kalender", view);
            });
            if (site.Urls.CalendarPoster(scope) is { } poster)
                yield return new OutputFile(site.Urls.OutputPathOf(poster), () =>
                {
                    var view = site.CalendarViews.ViewOf(scope);
                    return site.Pages.Render("poster", new PageView($"Jaarposter {view.Title} {year}", poster, view.Description, "poster"), "kalender", view);
                });
        }
    }
}
