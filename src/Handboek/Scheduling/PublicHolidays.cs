namespace Handboek.Scheduling;

/// <summary>
/// The Dutch public holidays on which schools are closed, computed for any year: Nieuwjaar, Goede Vrijdag, Pasen,
/// Koningsdag, Bevrijdingsdag (a day off in lustrum years), Hemelvaart, Pinksteren and Kerst.
/// </summary>
public static class PublicHolidays
{
    public static IEnumerable<(DateOnly Date, string Name)> In(int year)
    {
        var easter = EasterSunday(year);
        var kingsDay = new DateOnly(year, 4, 27);
        yield return (new DateOnly(year, 1, 1), "Nieuwjaarsdag");
        yield return (easter.AddDays(-2), "Goede Vrijdag");
        yield return (easter, "Eerste paasdag");
        yield return (easter.AddDays(1), "Tweede paasdag");
        // On a Sunday the king's birthday moves to the Saturday before.
        yield return (kingsDay.DayOfWeek == DayOfWeek.Sunday ? kingsDay.AddDays(-1) : kingsDay, "Koningsdag");
        if (year % 5 == 0) yield return (new DateOnly(year, 5, 5), "Bevrijdingsdag");
        yield return (easter.AddDays(39), "Hemelvaartsdag");
        yield return (easter.AddDays(49), "Eerste pinksterdag");
        yield return (easter.AddDays(50), "Tweede pinksterdag");
        yield return (new DateOnly(year, 12, 25), "Eerste kerstdag");
        yield return (new DateOnly(year, 12, 26), "Tweede kerstdag");
    }

    /// <summary>The Gregorian computus (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
