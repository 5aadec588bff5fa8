using System.Text.Json;
using Handboek.Tests.Site;
using Handboek.Tests.Support;

namespace Handboek.Tests.Search;

/// <summary>zoeken/woorden.json: the other names the search page also searches, and the title words it corrects slips against.</summary>
public class SearchWordsTests(ExampleHandbookFixture fixture) : IClassFixture<ExampleHandbookFixture>
{
    [Theory]
    [InlineData("ib'er", "intern begeleider")] // afkortingen in rollen.yml
    [InlineData("intern begeleider", "ib'er")] // and back
    [InlineData("rvt", "raad van toezicht")]
    [InlineData("wms", "wet medezeggenschap op scholen")] // wetten.yml
    [InlineData("lvs", "leerlingvolgsysteem")] // the built-in list
    [InlineData("leraar", "leerkracht")]
    public void A_word_or_abbreviation_has_its_other_names(string word, string other)
    {
        using var json = JsonDocument.Parse(fixture.Site.Text("zoeken/woorden.json"));

        Assert.Contains(other, json.RootElement.GetProperty("synoniemen").GetProperty(word).EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_title_words_are_the_words_of_the_card_titles_in_lower_case()
    {
        using var json = JsonDocument.Parse(fixture.Site.Text("zoeken/woorden.json"));
        var words = json.RootElement.GetProperty("titelwoorden").EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Contains("schoolgids", words);
        Assert.Contains("doorstroomtoets", words);
        Assert.DoesNotContain("en", words);
        Assert.Equal(words.Order(StringComparer.Ordinal), words);
    }

    [Fact]
    public void The_search_page_finds_the_word_list()
    {
        var page = fixture.Site.Html("zoeken/index.html");

        Assert.NotNull(fixture.Site.FileFor(page.QuerySelector("[data-woorden]")!.GetAttribute("data-woorden")!));
    }
}
