using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>/404.html, which static hosts such as Netlify serve for unknown addresses.</summary>
public sealed class NotFoundPageOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var page = new PageView("Pagina niet gevonden", site.Urls.Prefix + "404.html", null);
        yield return new OutputFile("404.html", () => site.Pages.Render("404", page, "niet_gevonden", site.Handbook.Settings.Name), OutputFile.NoCards);
    }
}
