using Handboek.Calendar;
using Handboek.Model;
using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>The home page: "Voor mij" (what is due for the reader's role and school), then every category with its cards.</summary>
public sealed class HomePageOutput : ISiteOutput
{
    /// <summary>The reader's own role first: most readers work at a school.</summary>
    private static readonly (RoleLevel Level, string Name)[] RoleGroups = [(RoleLevel.School, "Op school"), (RoleLevel.Board, "Bestuur"), (RoleLevel.External, "Anders")];

    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        yield return new OutputFile("index.html", () =>
        {
            var handbook = site.Handbook;
            var view = new HomeView(
                handbook.Categories.Select(g => CategoryPagesOutput.View(site, g.Category, g.Cards)).ToList(),
                handbook.Cards.Count,
                handbook.Pages.Select(p => new LinkView(p.Title, site.Urls.Page(p.Id), p.Summary)).ToList(),
                ForMe(site));
            var page = new PageView("Kwaliteitshandboek", site.Urls.Home,
                $"Het kwaliteitshandboek van {handbook.Settings.Name}: wie doet wat, wanneer en waarom.");
            return site.Pages.Render("home", page, "home", view);
        });
    }

    private static ForMeView ForMe(SiteContext site)
    {
        var calendar = site.Calendar;
        var roleFiles = calendar.Scopes.Where(s => s.Kind == ScopeKind.Role).ToDictionary(s => s.Role!.Id, s => site.Urls.CalendarMoments(s), StringComparer.Ordinal);
        return new ForMeView(
            RoleGroups.Select(g => new RoleChoiceGroup(g.Name, site.Handbook.Roles.Where(r => r.Level == g.Level)
                    .Select(r => calendar.RolesAtSchools.Contains(r.Id) ? new RoleChoice(r.Id, r.Name, true, null) : new RoleChoice(r.Id, r.Name, false, roleFiles[r.Id])).ToList()))
                .Where(g => g.Roles.Count > 0).ToList(),
            site.Handbook.Schools.Select(s => new FilterOption(s.Id, s.Name)).ToList(),
            site.Urls.SchoolRoleMomentsPattern,
            site.Urls.CalendarMoments(calendar.Full));
    }
}
