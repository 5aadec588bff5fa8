using Handboek.Model;

namespace Handboek.Coverage;

/// <summary>One obligation of verplichtingen.yml and the cards that cite one of its articles.</summary>
public sealed record ObligationCover(Obligation Obligation, IReadOnlyList<Card> Cards);

public static class ObligationCoverage
{
    public static IReadOnlyList<ObligationCover> Of(Handbook handbook) =>
        handbook.Obligations.Select(o => new ObligationCover(o, handbook.Cards.Where(c => c.LegalRequirements.Any(r => o.LegalRequirements.Any(needed => Covers(r, needed)))).ToList())).ToList();

    /// <summary>
    /// The same law and article; a lid on both sides must agree, but a card citing the whole article (or an obligation
    /// naming it) leaves it open which lid, so that counts.
    /// </summary>
    private static bool Covers(LegalReference cited, LegalReference needed) =>
        string.Equals(cited.LawId, needed.LawId, StringComparison.OrdinalIgnoreCase)
        && string.Equals(cited.Article, needed.Article, StringComparison.OrdinalIgnoreCase)
        && (cited.Paragraph is null || needed.Paragraph is null || cited.Paragraph == needed.Paragraph);
}
