using Handboek.Scheduling;

namespace Handboek.Tests.Scheduling;

/// <summary>"Today" and the holiday dates use the EU summer-time rule; it must give the date the time zone database gives.</summary>
public class AmsterdamTimeTests
{
    [Fact]
    public void Every_hour_around_midnight_from_2020_to_2035_falls_on_the_date_the_time_zone_database_gives()
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        for (var day = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero); day.Year < 2036; day = day.AddDays(1))
        {
            foreach (var hour in new[] { 21, 22, 23 })
            {
                var moment = day.AddHours(hour);
                Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, amsterdam).DateTime), AmsterdamTime.DateOf(moment));
            }
        }
    }
}
