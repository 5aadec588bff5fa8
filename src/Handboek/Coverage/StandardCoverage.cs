using Handboek.Model;

namespace Handboek.Coverage;

/// <summary>One standard of the inspection framework and the cards that name it under <c>inspectiekader</c>.</summary>
public sealed record StandardCover(Standard Standard, IReadOnlyList<Card> Cards);

/// <summary>Which standards of standaarden.yml the handbook covers, in the file's order, grouped as the file groups them by niveau.</summary>
public static class StandardCoverage
{
    public static IReadOnlyList<StandardCover> Of(Handbook handbook)
    {
        var cards = handbook.Cards.SelectMany(c => c.Standards.Distinct().Select(code => (Code: code, Card: c))).ToLookup(x => x.Code, x => x.Card, StringComparer.Ordinal);
        return handbook.Standards.Select(s => new StandardCover(s, cards[s.Code].ToList())).ToList();
    }
}
