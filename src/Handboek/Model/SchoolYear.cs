using System.Globalization;

namespace Handboek.Model;

/// <summary>A Dutch school year: 1 August up to and including 31 July (WPO art. 1).</summary>
public readonly record struct SchoolYear(int StartYear) : IComparable<SchoolYear>
{
    public const int FirstMonth = 8;

    public DateOnly Start => new(StartYear, FirstMonth, 1);

    public DateOnly End => new(StartYear + 1, 7, 31);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The calendar year in which <paramref name="month"/> falls within this school year.</summary>
    public int YearOf(int month) => month >= FirstMonth ? StartYear : StartYear + 1;

    /// <summary>The twelve months in school-year order, August first.</summary>
    public IEnumerable<(int Year, int Month)> Months()
    {
        var year = this;
        return Enumerable.Range(0, 12).Select(i => (FirstMonth + i - 1) % 12 + 1).Select(m => (year.YearOf(m), m));
    }

    public SchoolYear Next(int years = 1) => new(StartYear + years);

    public static SchoolYear Containing(DateOnly date) =>
        new(date.Month >= FirstMonth ? date.Year : date.Year - 1);

    /// <summary>The school years Handboek plans: enough history and future for any board, and dates that stay valid.</summary>
    public const int EarliestStart = 1900;
    public const int LatestStart = 2199;

    /// <summary>Accepts "2025-2026" from 1900-1901 to 2199-2200; the second year must follow the first.</summary>
    public static bool TryParse(string? text, out SchoolYear year)
    {
        year = default;
        var parts = (text ?? "").Trim().Split('-');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var second)
            || parts[0].Length != 4 || second != first + 1
            || first is < EarliestStart or > LatestStart)
        {
            return false;
        }

        year = new SchoolYear(first);
        return true;
    }

    public int CompareTo(SchoolYear other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(SchoolYear left, SchoolYear right) => left.CompareTo(right) < 0;

    public static bool operator <=(SchoolYear left, SchoolYear right) => left.CompareTo(right) <= 0;

    public static bool operator >(SchoolYear left, SchoolYear right) => left.CompareTo(right) > 0;

    public static bool operator >=(SchoolYear left, SchoolYear right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{StartYear}-{StartYear + 1}";
}
