using Handboek.Tests.Support;

namespace Handboek.Tests.Publishing;

/// <summary>vorige_ids: a renamed card's old address keeps working, and agendas keep its events.</summary>
public class RedirectTests
{
    private const string Card = "kaarten/onderwijs/schoolgids.md";

    [Fact]
    public void The_old_address_redirects_on_Netlify_and_in_the_browser_and_the_events_keep_their_uids()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        input.Write(Card, File.ReadAllText(input[Card]).Replace("titel: Schoolgids", "titel: Schoolgids\nvorige_ids: [schoolgids-po, gids]"));
        File.Move(input[Card], input["kaarten/onderwijs/schoolgids-nieuw.md"]);
        using var site = new BuiltSite(input.Path);
        using var before = new BuiltSite(RepoPaths.SpecBasis);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.Equal("/kaarten/schoolgids-po/ /kaarten/schoolgids-nieuw/ 301\n/kaarten/gids/ /kaarten/schoolgids-nieuw/ 301\n", site.Text("_redirects"));
        var page = site.Html("kaarten/schoolgids-po/index.html");
        Assert.Equal("0; url=/kaarten/schoolgids-nieuw/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("/kaarten/schoolgids-nieuw/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/kaarten/schoolgids-nieuw/", page.QuerySelector("main a")!.GetAttribute("href"));
        Assert.DoesNotContain("schoolgids-po", site.Text("sitemap.xml"));
        // The events carry the card's first id, so subscribers keep them; the old site used that id.
        Assert.All(Uids(site), uid => Assert.StartsWith("schoolgids-po.", uid, StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(before.Dir, "_redirects")));
    }

    private static IEnumerable<string> Uids(BuiltSite site) =>
        site.Text("kalender/handboek.ics").Split("\r\n").Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).Select(l => l[4..]);
}
