using System.Collections.Concurrent;
using Handboek.Calendar;
using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>
/// momenten.json beside the calendar page of the whole handbook, of each role and of each role at each school: the
/// dated moments of this school year as that page lists them, and for a role its cards by letter and its calendar,
/// poster and feed. The home page's "Voor mij" reads it in the browser, which knows today's date; a static file, so
/// it works from the CDN and in a site opened offline. Field names are a public contract: add, never rename.
/// A role that has a calendar at each school gets no file for the whole board: "Voor mij" asks for its school.
/// </summary>
public sealed class MomentsJsonOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        // A role's cards and its calendar's moments are the same at every school of a region (the calendars share their
        // months, CalendarViewFactory): serialized once, each file adds its own title and links.
        var shared = new ConcurrentDictionary<(string? Role, IReadOnlyList<MonthView> Months), Lazy<(JsonFile.RawJson Tasks, JsonFile.RawJson Moments)>>();
        return site.Calendar.Scopes
            .Where(s => s.Kind is ScopeKind.Full or ScopeKind.SchoolRole || (s.Kind == ScopeKind.Role && !site.Calendar.RolesAtSchools.Contains(s.Role!.Id)))
            .Select(scope => new OutputFile(site.Urls.OutputPathOfFile(site.Urls.CalendarMoments(scope)), () =>
            {
                var view = site.CalendarViews.ViewOf(scope);
                var (tasks, moments) = shared.GetOrAdd((scope.Role?.Id, view.Months), _ => new(() => (JsonFile.Raw(Tasks(site, scope)), JsonFile.Raw(Moments(view))))).Value;
                return JsonFile.Serialize(Json(site, scope, view, tasks, moments), indented: false);
            }));
    }

    private static List<TaskJson> Tasks(SiteContext site, CalendarScope scope) =>
        scope.Role is { } role
            ? site.Responsibilities.Tasks(role).Select(t => new TaskJson(t.Letter, t.Name, t.Cards.Select(c => new CardJson(c.Title, c.Url)).ToList())).ToList()
            : [];

    private static List<MomentJson> Moments(CalendarView view) =>
        view.Months.SelectMany(m => m.Moments).Select(e => new MomentJson(
            e.From!, e.To!, e.Date, e.Kind, e.What, e.Role.Name, e.Card.Title, e.Card.Url, e.Letter, e.Involvement, e.InHolidays)).ToList();

    private static MomentsJson Json(SiteContext site, CalendarScope scope, CalendarView view, JsonFile.RawJson tasks, JsonFile.RawJson moments)
    {
        return new MomentsJson(
            view.Title,
            site.Handbook.Settings.SchoolYear.ToString(),
            view.Page,
            view.Poster,
            view.Ics,
            view.Subscribe,
            scope.Role is { } role ? site.Urls.Role(role.Id) : null,
            tasks,
            moments);
    }

    /// <param name="Taken">For a role: its cards per letter, letters without cards left out.</param>
    private sealed record MomentsJson(
        string Titel,
        string Schooljaar,
        string Kalender,
        string? Poster,
        string? Agenda,
        string? Abonneren,
        string? Rol,
        JsonFile.RawJson Taken,
        JsonFile.RawJson Momenten);

    private sealed record TaskJson(string Letter, string Naam, IReadOnlyList<CardJson> Kaarten);

    private sealed record CardJson(string Titel, string Url);

    /// <param name="Letter">Set when another role carries the moment out: this role's letter on the card, and in words (<paramref name="Betrokkenheid"/>).</param>
    private sealed record MomentJson(
        string Van,
        string Tot,
        string Datum,
        string Soort,
        string Wat,
        string Rol,
        string Kaart,
        string Url,
        string? Letter,
        string? Betrokkenheid,
        bool InVakantie);
}
