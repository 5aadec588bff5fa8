using System.Globalization;
using System.Xml;
using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>/wijzigingen/: the latest commits that changed the handbook, and the same as an Atom feed.</summary>
public sealed class ChangesOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var urls = site.Urls;
        var page = new PageView("Wijzigingen", urls.Changes,
            $"De laatste wijzigingen in het kwaliteitshandboek van {site.Handbook.Settings.Name}: welke kaart, wanneer en waarom.");
        yield return new OutputFile(urls.OutputPathOf(page.Url), () => site.Pages.Render("wijzigingen", page, "wijzigingen", site.Changes.Changes()));
        yield return OutputFile.Text(urls.OutputPathOfFile(urls.ChangesFeed), () => Feed(site, page));
    }

    /// <summary>RFC 4287. Without history the feed has no entries and is dated at the start of the school year, so it stays reproducible.</summary>
    private static string Feed(SiteContext site, PageView page)
    {
        var urls = site.Urls;
        var changes = site.Changes.Changes().Changes;
        var updated = changes.Count > 0
            ? changes[0].Change.Time
            : site.Handbook.Settings.SchoolYear.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var pageUrl = urls.Absolute(page.Url);

        return XmlText.Write(xml =>
        {
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteElementString("id", pageUrl);
            xml.WriteElementString("title", $"Wijzigingen in het kwaliteitshandboek van {site.Handbook.Settings.Name}");
            xml.WriteElementString("updated", updated);
            Link(xml, "self", urls.Absolute(urls.ChangesFeed), "application/atom+xml");
            Link(xml, "alternate", pageUrl, "text/html");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", site.Handbook.Settings.Name);
            xml.WriteEndElement();
            foreach (var change in changes) Entry(xml, change, pageUrl);
            xml.WriteEndElement();
        });
    }

    private static void Entry(XmlWriter xml, ChangeEntryView change, string pageUrl)
    {
        var commit = change.Change;
        var anchor = $"{pageUrl}#wijziging-{commit.Commit}";
        var changed = change.Cards.Concat(change.Pages).Select(l => l.Title).Concat(change.Files).ToList();
        xml.WriteStartElement("entry");
        xml.WriteElementString("id", anchor);
        xml.WriteElementString("title", commit.Message);
        xml.WriteElementString("updated", commit.Time);
        Link(xml, "alternate", commit.CommitUrl ?? anchor, "text/html");
        xml.WriteStartElement("summary");
        xml.WriteAttributeString("type", "text");
        xml.WriteString(changed.Count == 0 ? commit.Message : "Gewijzigd: " + string.Join(", ", changed));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
