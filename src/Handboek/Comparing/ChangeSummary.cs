namespace Handboek.Comparing;

/// <summary>The Dutch wording of <see cref="HandbookChanges"/>: three headlines ("kalender: 1 moment verplaatst") and one line per change.</summary>
public static class ChangeSummary
{
    public static IReadOnlyList<string> Headlines(HandbookChanges changes) =>
    [
        Headline("kaarten",
            Count(changes.Cards.Count(c => c.Kind == CardChangeKind.Added), "nieuw", "nieuw"),
            Count(changes.Cards.Count(c => c.Kind == CardChangeKind.Renamed), "hernoemd", "hernoemd"),
            Count(changes.Cards.Count(c => c.Kind == CardChangeKind.Changed), "gewijzigd", "gewijzigd"),
            Count(changes.Cards.Count(c => c.Kind == CardChangeKind.Removed), "verwijderd", "verwijderd")),
        Headline("kalender",
            Count(changes.Moments.Count(m => m.Kind == MomentChangeKind.Moved), "moment verplaatst", "momenten verplaatst"),
            Count(changes.Moments.Count(m => m.Kind == MomentChangeKind.Added), "nieuw moment", "nieuwe momenten"),
            Count(changes.Moments.Count(m => m.Kind == MomentChangeKind.Dropped), "moment vervallen", "momenten vervallen"),
            Count(changes.Moments.Count(m => m.Kind == MomentChangeKind.Changed), "moment gewijzigd", "momenten gewijzigd")),
        Headline("rollen",
            Count(changes.Roles.Select(r => r.Card).Distinct().Count(), "kaart met een andere rolverdeling", "kaarten met een andere rolverdeling"),
            Count(changes.AddedRoles.Count, "nieuwe rol", "nieuwe rollen"),
            Count(changes.RemovedRoles.Count, "rol verwijderd", "rollen verwijderd")),
    ];

    public static IReadOnlyList<string> Details(HandbookChanges changes) =>
    [
        .. changes.Cards.Select(c => c.Kind switch
        {
            CardChangeKind.Added => $"nieuwe kaart: {c.Title}",
            CardChangeKind.Renamed => $"kaart hernoemd: {c.Title} ({c.OldId} → {c.Id}; het oude adres stuurt door)",
            CardChangeKind.Removed when c.MayBeRenamed => $"kaart {c.Id} verwijderd: {c.Title} - hernoemd? zet vorige_ids: [{c.Id}] in de nieuwe kaart, dan blijven links en agenda's werken",
            CardChangeKind.Removed => $"kaart verwijderd: {c.Title}",
            _ => $"kaart gewijzigd: {c.Title}",
        }),
        .. changes.Moments.Select(m => m.Kind switch
        {
            MomentChangeKind.Moved => $"{m.Card}: '{m.What}' verplaatst van {m.Before} naar {m.After}",
            MomentChangeKind.Added => $"{m.Card}: nieuw moment '{m.What}' ({m.After})",
            MomentChangeKind.Dropped => $"{m.Card}: moment '{m.What}' ({m.Before}) vervallen",
            _ => $"{m.Card}: moment gewijzigd van '{m.Before}' naar '{m.After}'",
        }),
        .. changes.Roles.Select(r => $"{r.Card}: {r.Role} {r.Before} → {r.After}"),
        .. changes.AddedRoles.Select(r => $"nieuwe rol: {r}"),
        .. changes.RemovedRoles.Select(r => $"rol verwijderd: {r}"),
    ];

    private static string Headline(string subject, params string?[] parts)
    {
        var said = parts.OfType<string>().ToList();
        return $"{subject}: {(said.Count == 0 ? "geen wijzigingen" : string.Join(", ", said))}";
    }

    private static string? Count(int n, string one, string many) => n == 0 ? null : $"{n} {(n == 1 ? one : many)}";
}
