using System.Text.RegularExpressions;
using Handboek.Model;

namespace Handboek.Coverage;

/// <summary>One article of a law and the cards that cite it (any lid or sub of it) under <c>wettelijke_eis</c>.</summary>
/// <param name="Url">The article on wetten.overheid.nl (Juriconnect, without lid).</param>
public sealed record ArticleCover(string Article, string Url, IReadOnlyList<Card> Cards);

/// <summary>A law of wetten.yml and its cited articles in the law's own order (13, 13a, 13b, 45, 165).</summary>
public sealed record LawCover(Law Law, string Url, IReadOnlyList<ArticleCover> Articles);

public static partial class LawCoverage
{
    public static IReadOnlyList<LawCover> Of(Handbook handbook)
    {
        var cited = handbook.Cards
            .SelectMany(c => c.LegalRequirements.Select(r => (r.LawId, r.Article, Card: c)))
            .ToLookup(x => x.LawId, StringComparer.Ordinal);
        return handbook.Laws.Select(law => new LawCover(
            law,
            $"https://wetten.overheid.nl/{law.Bwb}",
            cited[law.Id].GroupBy(x => x.Article, StringComparer.Ordinal)
                .OrderBy(g => Number(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ArticleCover(g.Key, $"https://wetten.overheid.nl/jci1.3:c:{law.Bwb}&artikel={g.Key}", g.Select(x => x.Card).Distinct().ToList()))
                .ToList())).ToList();
    }

    /// <summary>The leading number of an article ("13a": 13; "2.60": 2), so 9 comes before 13.</summary>
    private static int Number(string article) => LeadingDigits().Match(article) is { Success: true } m && int.TryParse(m.Value, out var n) ? n : int.MaxValue;

    [GeneratedRegex(@"^\d{1,6}")]
    private static partial Regex LeadingDigits();
}
