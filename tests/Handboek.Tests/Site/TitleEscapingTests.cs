using System.Text.Json;
using Handboek.Tests.Support;

namespace Handboek.Tests.Site;

/// <summary>A title with &lt;, &amp; and " reads as typed everywhere it appears, and never becomes markup.</summary>
public class TitleEscapingTests
{
    private const string Title = "Ouders & \"school\" <samen> 'sterk'";

    [Fact]
    public void A_title_with_markup_characters_reads_as_typed_on_every_page_and_in_the_json()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("kaarten/onderwijs/samen.md", CardText.For("'Ouders & \"school\" <samen> ''sterk'''", "Tekst.").Replace("eigenaar: directeur", "eigenaar: directeur\nkalendermoment: juni"));
        using var site = new BuiltSite(input.Path);

        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
        var card = site.Html("kaarten/samen/index.html");
        Assert.Equal(Title, card.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(Title, card.Title);
        Assert.Empty(card.GetElementsByTagName("samen"));
        Assert.Contains(site.Html("index.html").QuerySelectorAll("main a"), a => a.TextContent.Trim() == Title);
        Assert.Contains(site.Html("kalender/index.html").QuerySelectorAll(".wat"), w => w.TextContent == Title);
        Assert.Contains(site.Html("afdrukken/index.html").QuerySelectorAll("h2"), h => h.TextContent.Trim() == Title);
        using var json = JsonDocument.Parse(site.Text("handboek.json"));
        Assert.Contains(json.RootElement.GetProperty("kaarten").EnumerateArray(), k => k.GetProperty("titel").GetString() == Title);
    }
}
