using Handboek.Loading;
using Handboek.Model;

namespace Handboek.Calendar;

/// <summary>
/// What identifies a moment in people's agendas: its own <c>wat</c> as a slug, numbered when a card repeats it. Not its
/// place on the card, so adding, removing or reordering the other moments changes none of its events; a new date
/// for the same <c>wat</c> updates the event. Changing the <c>wat</c> makes it a new event.
/// </summary>
public static class MomentKeys
{
    /// <summary>Long enough to tell a card's moments apart; the UID still fits on a folded line or two.</summary>
    private const int MaxLength = 48;

    public static IReadOnlyList<string> Of(Card card)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return card.Moments.Select(moment =>
        {
            var slug = Ids.ToSlug(moment.What);
            slug = slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug.Length == 0 ? "moment" : slug;
            var count = seen[slug] = seen.GetValueOrDefault(slug) + 1;
            return count == 1 ? slug : $"{slug}-{count}";
        }).ToList();
    }
}
