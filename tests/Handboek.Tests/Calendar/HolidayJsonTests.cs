using Handboek.Tests.Support;

namespace Handboek.Tests.Calendar;

/// <summary>vakanties.json as the Rijksoverheid publishes it: UTC timestamps of midnight in Amsterdam become the right dates.</summary>
public class HolidayJsonTests
{
    /// <summary>The shape of the open data, trailing spaces included; summer time (22:00Z) and winter time (23:00Z).</summary>
    private const string OpenData = """
        {"id":"x","type":"Schoolvakanties","title":"Schoolvakanties 2026-2027","content":[{"title":"Schoolvakanties 2026-2027","schoolyear":"2026-2027 ","vacations":[
          {"type":"Herfstvakantie ","compulsorydates":"false","regions":[
            {"region":"noord","startdate":"2026-10-09T22:00:00.000Z","enddate":"2026-10-17T22:00:00.000Z"},
            {"region":"zuid","startdate":"2026-10-16T22:00:00.000Z","enddate":"2026-10-24T22:00:00.000Z"}]},
          {"type":"Kerstvakantie","compulsorydates":"true","regions":[
            {"region":"heel Nederland","startdate":"2026-12-18T23:00:00.000Z","enddate":"2027-01-02T23:00:00.000Z"}]}]}],"notice":"..."}
        """;

    [Fact]
    public void A_school_calendar_shows_the_holidays_of_its_region_on_their_dates_in_amsterdam()
    {
        using var input = CalendarInput.Create();
        File.Delete(input["vakanties.yml"]);
        input.Write("vakanties.json", OpenData);
        using var site = new BuiltSite(input.Path);

        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
        var noord = site.Html("scholen/noorderlicht/kalender/index.html");
        var zuid = site.Html("scholen/zuiderzon/kalender/index.html");
        Assert.Equal("Herfstvakantie: 10 t/m 18 oktober 2026", Holiday(noord, "2026-10"));
        Assert.Equal("Herfstvakantie: 17 t/m 25 oktober 2026", Holiday(zuid, "2026-10"));
        Assert.Equal("Kerstvakantie: 19 december 2026 t/m 3 januari 2027", Holiday(noord, "2026-12"));
    }

    [Fact]
    public void A_school_year_in_both_holiday_files_is_an_error_at_the_second()
    {
        using var input = CalendarInput.Create();
        input.Write("vakanties.json", OpenData);

        var messages = Builds.Messages(Builds.Check(input.Path), input.Path);

        Assert.Contains("vakanties.json:1:83: fout: het schooljaar 2026-2027 staat ook in vakanties.yml (regel 1); houd één van de twee", messages);
    }

    private static string Holiday(AngleSharp.Html.Dom.IHtmlDocument page, string month) =>
        page.QuerySelector($"section[data-maand='{month}'] .vakantie")!.TextContent;
}
