using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>/rollen/ (who does what), /rollen/medezeggenschap/ and a page per role.</summary>
public sealed class RolePagesOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var urls = site.Urls;
        var views = site.Responsibilities;
        yield return Page(site, "matrix", new PageView("Wie doet wat", urls.RoleMatrix,
            "Per kwaliteitskaart welke rol eigenaar is, uitvoert, wordt geraadpleegd, geïnformeerd of goedkeurt.", "matrix"), "matrix", views.Matrix);
        yield return Page(site, "medezeggenschap", new PageView("Medezeggenschap", urls.ParticipationMatrix,
            "Per kwaliteitskaart de rechten van MR, GMR en hun geledingen: instemming, advies of informatie.", "matrix"), "medezeggenschap", views.ParticipationView);

        foreach (var role in site.Handbook.Roles)
        {
            yield return Page(site, "rol", new PageView(role.Name, urls.Role(role.Id), role.Description), "rol", () => views.RolePage(role));
        }
    }

    private static OutputFile Page(SiteContext site, string layout, PageView page, string name, Func<object> model) =>
        new(site.Urls.OutputPathOf(page.Url), () => site.Pages.Render(layout, page, name, model()));
}
