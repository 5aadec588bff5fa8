using Handboek.Diagnostics;
using Handboek.Model;

namespace Handboek.Maintenance;

/// <summary>The kinds of work /onderhoud/ lists, in the order the page shows them.</summary>
public enum MaintenanceKind
{
    ReviewOverdue,
    ReviewWithin3Months,
    ReviewWithin6Months,
    ReviewWithin12Months,
    PastCycle,
    Concept,
    NoMoments,
    NoLegalBasis,
    CheckWarning,
}

/// <param name="Card">The card it concerns; null for a warning about a data file.</param>
/// <param name="Date">The review date, or the last review for <see cref="MaintenanceKind.PastCycle"/>.</param>
/// <param name="Note">What to do, or for a warning its place and text.</param>
public sealed record MaintenanceItem(MaintenanceKind Kind, Card? Card, DateOnly? Date, string Note);

/// <summary>
/// What the quality officer has to keep up, as of <c>today</c> (SOURCE_DATE_EPOCH or the clock): reviews overdue or due
/// within 3, 6 and 12 months, cards not reviewed within their cycle, concepts, cards without moments or legal basis,
/// and every warning of <c>check</c>.
/// </summary>
public static class MaintenanceReport
{
    public static IReadOnlyList<MaintenanceItem> Of(Handbook handbook, DateOnly today, IReadOnlyList<Diagnostic> warnings, string inputDir)
    {
        var items = new List<MaintenanceItem>();
        foreach (var card in handbook.Cards)
        {
            if (card.NextReview is { } review && Due(review, today) is { } due)
                items.Add(new MaintenanceItem(due, card, review, due == MaintenanceKind.ReviewOverdue ? "herziening verstreken" : "herziening komt eraan"));
            if ((card.RevisedOn ?? card.AdoptedOn) is { } last && last.AddYears(CycleYears(card)) < today)
                items.Add(new MaintenanceItem(MaintenanceKind.PastCycle, card, last, $"langer niet herzien dan de cyclus van de kaart ({CycleYears(card)} jaar)"));
            if (card.Status == CardStatus.Draft) items.Add(new MaintenanceItem(MaintenanceKind.Concept, card, null, "nog niet vastgesteld"));
            if (card.Moments.Count == 0) items.Add(new MaintenanceItem(MaintenanceKind.NoMoments, card, null, "geen kalendermoment"));
            if (card.LegalRequirements.Count == 0 && !card.NoLegalRequirement) items.Add(new MaintenanceItem(MaintenanceKind.NoLegalBasis, card, null, "wettelijke_eis niet ingevuld (zet 'geen' als er geen is)"));
        }

        var cardsByFile = handbook.Cards.ToDictionary(c => c.SourcePath, StringComparer.Ordinal);
        foreach (var warning in warnings.Where(w => w.Severity == Severity.Warning))
        {
            var file = Path.GetRelativePath(inputDir, warning.Location.File).Replace('\\', '/');
            items.Add(new MaintenanceItem(MaintenanceKind.CheckWarning, cardsByFile.GetValueOrDefault(file), null, $"{file}:{warning.Location.Line}:{warning.Location.Column}: {warning.Message}"));
        }

        return items.OrderBy(i => i.Kind).ThenBy(i => i.Date).ToList();
    }

    /// <summary>The longest cycle of the card's moments: a card reviewed at least that often; yearly without moments.</summary>
    public static int CycleYears(Card card) => card.Moments.Count == 0 ? 1 : card.Moments.Max(m => m.Cycle.Years);

    private static MaintenanceKind? Due(DateOnly review, DateOnly today) =>
        review < today ? MaintenanceKind.ReviewOverdue
        : review <= today.AddMonths(3) ? MaintenanceKind.ReviewWithin3Months
        : review <= today.AddMonths(6) ? MaintenanceKind.ReviewWithin6Months
        : review <= today.AddMonths(12) ? MaintenanceKind.ReviewWithin12Months
        : null;
}
