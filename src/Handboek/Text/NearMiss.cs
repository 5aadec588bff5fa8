namespace Handboek.Text;

/// <summary>Finds the likely intended id for a typo, for "bedoelde je ...?" hints.</summary>
public static class NearMiss
{
    public static string? Suggest(string typed, IEnumerable<string> candidates)
    {
        var lowered = typed.ToLowerInvariant();
        var list = candidates.ToList();

        // A cut-off word ("janu", "kwaliteits") is as clear a hint as a typo.
        var extension = list.Where(c => lowered.Length >= 3 && c.StartsWith(lowered, StringComparison.OrdinalIgnoreCase)).ToList();
        if (extension.Count == 1) return extension[0];

        var best = list
            .Select(c => (Candidate: c, Distance: Distance(lowered, c.ToLowerInvariant())))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Candidate is null) return null;

        var allowed = Math.Max(1, Math.Min(3, lowered.Length / 3));
        return best.Distance <= allowed ? best.Candidate : null;
    }

    /// <summary>Optimal string alignment distance: Levenshtein plus swapped neighbours ("directuer").</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
