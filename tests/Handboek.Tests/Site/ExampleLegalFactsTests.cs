using System.Text.Json;
using Handboek.Tests.Support;

namespace Handboek.Tests.Site;

/// <summary>
/// Boards copy the example handbook, so what it says about the law must be right: each fact here is checked against
/// the consolidated law and the Inspectie's framework (see the domain notes), read from the public /handboek.json.
/// </summary>
public class ExampleLegalFactsTests(ExampleHandbookFixture fixture) : IClassFixture<ExampleHandbookFixture>
{
    [Fact]
    public void The_obsolete_GGL_return_is_gone_and_the_pupil_count_is_on_1_February()
    {
        Assert.DoesNotContain(Cards(), c => c.GetProperty("titel").GetString()!.Contains("GGL", StringComparison.Ordinal));
        var count = Moments("leerlingtelling").Single(m => m.GetProperty("wat").GetString() == "Teldatum leerlingen");
        Assert.Equal("2027-02-01", count.GetProperty("van").GetString());
    }

    [Theory]
    [InlineData("professionalisering", "mr-personeel", "instemming", "WMS", "12")]
    [InlineData("gesprekkencyclus", "mr-personeel", "instemming", "WMS", "12")]
    [InlineData("onderwijstijd", "mr-ouders", "instemming", "WMS", "13")]
    [InlineData("onderwijstijd", "mr", "advies", "WMS", "11")]
    [InlineData("schoolgids", "mr-ouders", "instemming", "WMS", "13")]
    [InlineData("strategisch-beleidsplan", "gmr", "advies", "WPO", "17c")]
    public void Medezeggenschap_and_its_legal_basis_are_as_the_law_says(string card, string organ, string right, string law, string article)
    {
        var found = Card(card);

        Assert.Contains(found.GetProperty("medezeggenschap").EnumerateArray(),
            m => m.GetProperty("orgaan").GetString() == organ && m.GetProperty("recht").GetString() == right);
        Assert.Contains(found.GetProperty("wettelijke_eis").EnumerateArray(),
            e => e.GetProperty("wet").GetString() == law && e.GetProperty("artikel").GetString() == article);
    }

    [Fact]
    public void The_supervisory_board_approves_the_strategic_plan()
    {
        Assert.Equal(["rvt"], Card("strategisch-beleidsplan").GetProperty("goedkeuring").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("monitor-sociale-veiligheid", "Samenvatting van de monitor bij de inspectie", "uiterlijk 1 juli", "2027-07-01")]
    [InlineData("schooladvies", "Voorlopig schooladvies met ouders en leerling bespreken", "10 januari t/m 31 januari", "2027-01-10")]
    [InlineData("schooladvies", "Definitief schooladvies, zo nodig bijgesteld na de doorstroomtoets", "uiterlijk 24 maart", "2027-03-24")]
    [InlineData("doorstroomtoets", "Keuze en aanmelding doorstroomtoets, ouders informeren", "uiterlijk 15 november", "2026-11-15")]
    public void Deadlines_are_the_legal_ones(string card, string what, string when, string date)
    {
        var moment = Moments(card).Single(m => m.GetProperty("wat").GetString() == what);

        Assert.Equal(when, moment.GetProperty("wanneer").GetString());
        Assert.Equal(date, moment.GetProperty("van").GetString());
    }

    [Fact]
    public void Exam_and_advice_cards_belong_to_the_standard_OP6_Afsluiting()
    {
        Assert.Contains(fixture.Site.Result.Handbook!.Standards, s => s.Code == "OP6" && s.Name == "Afsluiting");
        Assert.Contains("OP6", Card("doorstroomtoets").GetProperty("inspectiekader").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("OP6", Card("schooladvies").GetProperty("inspectiekader").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void The_official_holidays_of_2026_2027_and_2027_2028_are_shaded_on_a_school_calendar_with_no_moment_inside_them()
    {
        var page = fixture.Site.Html("scholen/de-regenboog/kalender/index.html");

        Assert.Equal("Meivakantie: 24 april t/m 2 mei 2027", page.QuerySelector("section[data-maand='2027-04'] .vakantie")!.TextContent);
        Assert.Contains(fixture.Site.Result.Handbook!.Holidays, v => v.Name == "Zomervakantie" && v.Region == "noord" && v.Start == new DateOnly(2027, 7, 10));
        Assert.Empty(page.QuerySelectorAll("li.moment.in-vakantie"));
        Assert.Empty(HandbookCheck("2027-2028"));
    }

    private static IEnumerable<string> HandbookCheck(string year) =>
        Handboek.Building.HandbookBuilder.Check(Builds.Options(RepoPaths.Input) with { SchoolYear = Parse(year) }).Diagnostics.Select(d => d.Format(d.Location.File));

    private static Handboek.Model.SchoolYear Parse(string year) =>
        Handboek.Model.SchoolYear.TryParse(year, out var parsed) ? parsed : throw new ArgumentException(year);

    private List<JsonElement> Cards()
    {
        using var json = JsonDocument.Parse(fixture.Site.Text("handboek.json"));
        return json.RootElement.GetProperty("kaarten").EnumerateArray().Select(k => k.Clone()).ToList();
    }

    private JsonElement Card(string id) => Cards().Single(c => c.GetProperty("id").GetString() == id);

    private IEnumerable<JsonElement> Moments(string id) => Card(id).GetProperty("momenten").EnumerateArray();
}
