using Handboek.Scheduling;

namespace Handboek.Tests.Calendar;

/// <summary>The Dutch public holidays, computed: schools are closed on them, so agendas skip them.</summary>
public sealed class PublicHolidayTests
{
    [Theory]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2038, "2038-04-25")]
    public void Easter_falls_where_the_almanac_has_it(int year, string easter)
    {
        Assert.Equal(DateOnly.Parse(easter, System.Globalization.CultureInfo.InvariantCulture), PublicHolidays.EasterSunday(year));
    }

    [Fact]
    public void The_year_2027_has_its_holidays_on_the_right_days()
    {
        var days = PublicHolidays.In(2027).ToDictionary(h => h.Name, h => h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("2027-01-01", days["Nieuwjaarsdag"]);
        Assert.Equal("2027-03-26", days["Goede Vrijdag"]);
        Assert.Equal("2027-03-29", days["Tweede paasdag"]);
        Assert.Equal("2027-04-27", days["Koningsdag"]);
        Assert.Equal("2027-05-06", days["Hemelvaartsdag"]);
        Assert.Equal("2027-05-17", days["Tweede pinksterdag"]);
        Assert.Equal("2027-12-26", days["Tweede kerstdag"]);
        Assert.False(days.ContainsKey("Bevrijdingsdag"));
    }

    [Fact]
    public void Kings_day_on_a_Sunday_moves_to_Saturday_and_liberation_day_is_off_in_lustrum_years()
    {
        Assert.Contains(PublicHolidays.In(2025), h => h.Name == "Koningsdag" && h.Date == new DateOnly(2025, 4, 26));
        Assert.Contains(PublicHolidays.In(2025), h => h.Name == "Bevrijdingsdag");
        Assert.Contains(PublicHolidays.In(2030), h => h.Name == "Bevrijdingsdag");
        Assert.DoesNotContain(PublicHolidays.In(2028), h => h.Name == "Bevrijdingsdag");
    }
}
