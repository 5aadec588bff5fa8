namespace Handboek.Model;

/// <summary>How often a moment recurs, in school years, counted from <see cref="From"/>.</summary>
public sealed record Cycle(int Years, SchoolYear? From)
{
    public static readonly Cycle Yearly = new(1, null);

    public static readonly IReadOnlyDictionary<string, int> Names = new Dictionary<string, int>
    {
        ["jaarlijks"] = 1,
        ["tweejaarlijks"] = 2,
        ["driejaarlijks"] = 3,
        ["vierjaarlijks"] = 4,
    };

    public string Name => Names.First(n => n.Value == Years).Key;

    public bool Hits(SchoolYear year) =>
        From is not { } first || (year.CompareTo(first) >= 0 && (year.StartYear - first.StartYear) % Years == 0);

    /// <summary>The first year from <paramref name="year"/> on (inclusive) in which the cycle hits.</summary>
    public SchoolYear NextHit(SchoolYear year)
    {
        if (From is not { } first || year.CompareTo(first) <= 0) return From ?? year;
        var behind = (year.StartYear - first.StartYear) % Years;
        return behind == 0 ? year : year.Next(Years - behind);
    }
}
