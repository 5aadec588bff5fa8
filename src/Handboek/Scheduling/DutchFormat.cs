using Handboek.Model;

namespace Handboek.Scheduling;

/// <summary>Dates and periods as a Dutch reader writes them: "15 juni 2026", "10 t/m 31 januari 2026".</summary>
public static class DutchFormat
{
    public static string Date(DateOnly date) => DutchMonths.FormatDate(date);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static string Period(Period p)
    {
        var (van, tot) = (p.From, p.To);
        if (IsWholeMonth(p)) return $"{DutchMonths.Name(van.Month)} {van.Year}";
        if (van == tot) return Date(van);
        if (van.Year != tot.Year) return $"{Date(van)} t/m {Date(tot)}";
        if (van.Month != tot.Month) return $"{van.Day} {DutchMonths.Name(van.Month)} t/m {Date(tot)}";
        return $"{van.Day} t/m {Date(tot)}";
    }

    /// <summary>A moment's date as staff must read it: a deadline says "uiterlijk 30 juni 2027", not "30 juni 2027".</summary>
    public static string Period(Period p, DateKind kind) => kind == DateKind.Deadline ? $"uiterlijk {Period(p)}" : Period(p);

    /// <summary>Poster style, a deadline included: "uiterlijk 30 jun".</summary>
    public static string ShortPeriod(Period p, DateKind kind) => kind == DateKind.Deadline ? $"uiterlijk {ShortPeriod(p)}" : ShortPeriod(p);

    public static string Periods(IReadOnlyList<Period> periods, DateKind kind) =>
        kind == DateKind.Deadline ? $"uiterlijk {Periods(periods)}" : Periods(periods);

    /// <summary>Consecutive whole months collapse to "maart t/m juni 2026"; anything else is listed.</summary>
    public static string Periods(IReadOnlyList<Period> periods)
    {
        if (periods.Count > 1 && periods.All(IsWholeMonth) && AreConsecutive(periods))
        {
            var first = periods[0].From;
            var last = periods[^1].From;
            var from = first.Year == last.Year ? DutchMonths.Name(first.Month) : $"{DutchMonths.Name(first.Month)} {first.Year}";
            return $"{from} t/m {DutchMonths.Name(last.Month)} {last.Year}";
        }

        return string.Join(", ", periods.Select(Period));
    }

    /// <summary>Poster style: "30 jun", "okt", "10-31 jan", "20 dec-10 jan".</summary>
    public static string ShortPeriod(Period p)
    {
        var (van, tot) = (p.From, p.To);
        if (IsWholeMonth(p)) return Short(van.Month);
        if (van == tot) return $"{van.Day} {Short(van.Month)}";
        return van.Month == tot.Month ? $"{van.Day}-{tot.Day} {Short(van.Month)}" : $"{van.Day} {Short(van.Month)}-{tot.Day} {Short(tot.Month)}";
    }

    public static bool IsWholeMonth(Period p) =>
        p.From.Day == 1 && p.To == p.From.AddMonths(1).AddDays(-1);

    private static string Short(int month) => month == 3 ? "mrt" : DutchMonths.Name(month)[..3];

    private static bool AreConsecutive(IReadOnlyList<Period> periods) =>
        periods.Zip(periods.Skip(1)).All(pair => pair.First.From.AddMonths(1) == pair.Second.From);
}
