using Handboek.Diagnostics;
using Handboek.Loading;

namespace Handboek.Validation;

/// <summary>A card whose <c>volgende_herziening</c> lies before today is due for review.</summary>
public static class ReviewDueValidator
{
    public static void Validate(IEnumerable<ReadCard> cards, DateOnly today, DiagnosticBag diagnostics)
    {
        foreach (var due in cards.Select(c => c.NextReview).OfType<Located<DateOnly>>().Where(d => d.Value < today))
        {
            diagnostics.Warning(due.At,
                $"de volgende herziening ({due.Value:yyyy-MM-dd}) is verstreken; herzie de kaart en zet een nieuwe datum");
        }
    }
}
