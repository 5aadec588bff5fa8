namespace Handboek.Outputs;

/// <summary>/sitemap.xml with the absolute URL of every page, in a stable order.</summary>
public sealed class SitemapOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        yield return OutputFile.Text("sitemap.xml", () => Render(site));
    }

    private static string Render(SiteContext site)
    {
        var urls = site.Urls;
        var pages = new[] { urls.Home }
            .Concat(site.Handbook.Categories.Select(c => urls.Category(c.Category.Id)))
            .Concat(site.Handbook.Cards.Select(c => urls.Card(c.Id)))
            .Concat(site.Handbook.Pages.Select(p => urls.Page(p.Id)))
            .Concat(site.Calendar.Scopes.Select(urls.Calendar))
            .Concat([urls.RoleMatrix, urls.ParticipationMatrix, urls.Search, urls.Changes, urls.Standards, urls.Laws, urls.Obligations, urls.Maintenance])
            .Concat(site.Handbook.Standards.Select(s => urls.Standard(s.Code)).Concat(site.Handbook.Laws.Select(l => urls.Law(l.Id))).OfType<string>())
            .Concat(site.Handbook.Roles.Select(r => urls.Role(r.Id)));

        return XmlText.Write(xml =>
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", urls.Absolute(page));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }
}
