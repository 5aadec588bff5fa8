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
        return site.Calendar.Scopes.AsParallel().AsOrdered().SelectMany(scope =>
        {
            var view = views.Create(scope);
            var year = site.Handbook.Settings.Schooljaar;
            var page = new PageView($"{view.Titel} {year}", view.Pagina, view.Omschrijving, "kalender");
            var files = new List<OutputFile> { OutputFile.Text(site.Urls.OutputPathOf(view.Pagina), site.Pages.Render("kalender", page, "kalender", view)) };
            if (view.Poster is { } poster)
            {
                var posterPage = new PageView($"Jaarposter {view.Titel} {year}", poster, view.Omschrijving, "poster");
                files.Add(OutputFile.Text(site.Urls.OutputPathOf(poster), site.Pages.Render("poster", posterPage, "kalender", view)));
            }

            return files;
        }).ToList();
    }
}
