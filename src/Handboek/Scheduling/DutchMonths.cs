namespace Handboek.Scheduling;

/// <summary>Dutch month names, written out here so output never depends on the machine's culture data.</summary>
public static class DutchMonths
{
    private static readonly string[] FullNames =
    [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ];

    private static readonly Dictionary<string, int> Lookup = BuildLookup();

    public static IReadOnlyList<string> All => FullNames;

    /// <summary>Every spelling <see cref="TryParse"/> knows, longest first (so a pattern tries "sept" before "sep").</summary>
    public static IEnumerable<string> Spellings => Lookup.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal);

    public static string Name(int month) => FullNames[month - 1];

    public static string CapitalizedName(int month) => char.ToUpperInvariant(FullNames[month - 1][0]) + FullNames[month - 1][1..];

    /// <summary>Full names and the usual abbreviations (okt, mrt, sept), with or without a trailing dot.</summary>
    public static bool TryParse(string text, out int month) => Lookup.TryGetValue(text.TrimEnd('.'), out month);

    public static int DaysIn(int month) => month == 2 ? 29 : DateTime.DaysInMonth(2001, month);

    /// <summary>"15 juni 2026".</summary>
    public static string FormatDate(DateOnly date) => $"{date.Day} {Name(date.Month)} {date.Year}";

    private static Dictionary<string, int> BuildLookup()
    {
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 12; i++)
        {
            lookup[FullNames[i]] = i + 1;
            lookup[FullNames[i][..3]] = i + 1;
        }

        lookup["mrt"] = 3;
        lookup["sept"] = 9;
        lookup["okt"] = 10;
        return lookup;
    }
}
