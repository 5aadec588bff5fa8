using System.Text.Json;
using Handboek.Editing;
using Handboek.Rendering;
using Handboek.Schema;

namespace Handboek.Outputs;

/// <summary>
/// /beheer/: the form editor, its config.yml made from the card schema and the data files, and its scripts copied
/// from node_modules. Not in the sitemap or the search index; served with its own Content-Security-Policy.
/// </summary>
public sealed class EditorOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var bundle = CmsBundle.Locate(site.InputDir) ?? [];
        var page = new PageView("Beheer", site.Urls.File(CmsBundle.Folder), "Kaarten en gegevens van het handboek bewerken in een formulier.", "beheer");

        // The view is made when the page is rendered, on the cores that render, not while the site is planned.
        yield return new OutputFile(CmsBundle.Folder + "index.html", () => site.Pages.RenderDocument("beheer", page, "beheer", new EditorView(
            site.Urls.File(CmsConfig.SitePath),
            bundle.Count == 0 ? [] : [.. CmsBundle.Scripts.Append("assets/beheer.js").Select(site.Urls.File)],
            JsonSerializer.Serialize(CmsFields.Shapes(InputSchema.Card)),
            CmsConfig.GitHubRepository(site.Handbook.Settings),
            CmsBundle.HowToInstall)), OutputFile.NoCards);
        yield return new OutputFile(CmsConfig.SitePath, () => CmsConfig.Write(site.Handbook, site.Changes.InputFolder, Logo(site)));
        foreach (var file in bundle) yield return OutputFile.Copy(file.SitePath, file.SourcePath);
    }

    private static string? Logo(SiteContext site) =>
        site.Handbook.Settings.Logo is { } logo ? site.Urls.File(BrandingOutput.LogoPath(logo)) : null;
}
