namespace Handboek.Comparing;

/// <summary>The Dutch wording of <see cref="HandbookChanges"/>: three headlines ("kalender: 1 moment verplaatst") and one line per change.</summary>
public static class ChangeSummary
{
    public static IReadOnlyList<string> Headlines(HandbookChanges changes) =>
    [
        Headline("kaarten",
            Count(changes.Kaarten.Count(c => c.Kind == CardChangeKind.Nieuw), "nieuw", "nieuw"),
            Count(changes.Kaarten.Count(c => c.Kind == CardChangeKind.Gewijzigd), "gewijzigd", "gewijzigd"),
            Count(changes.Kaarten.Count(c => c.Kind == CardChangeKind.Verwijderd), "verwijderd", "verwijderd")),
        Headline("kalender",
            Count(changes.Momenten.Count(m => m.Kind == MomentChangeKind.Verplaatst), "moment verplaatst", "momenten verplaatst"),
            Count(changes.Momenten.Count(m => m.Kind == MomentChangeKind.Nieuw), "nieuw moment", "nieuwe momenten"),
            Count(changes.Momenten.Count(m => m.Kind == MomentChangeKind.Vervallen), "moment vervallen", "momenten vervallen"),
            Count(changes.Momenten.Count(m => m.Kind == MomentChangeKind.Gewijzigd), "moment gewijzigd", "momenten gewijzigd")),
        Headline("rollen",
            Count(changes.Rollen.Select(r => r.Kaart).Distinct().Count(), "kaart met een andere rolverdeling", "kaarten met een andere rolverdeling"),
            Count(changes.NieuweRollen.Count, "nieuwe rol", "nieuwe rollen"),
            Count(changes.VerwijderdeRollen.Count, "rol verwijderd", "rollen verwijderd")),
    ];

    public static IReadOnlyList<string> Details(HandbookChanges changes) =>
    [
        .. changes.Kaarten.Select(c => c.Kind switch
        {
            CardChangeKind.Nieuw => $"nieuwe kaart: {c.Titel}",
            CardChangeKind.Verwijderd => $"kaart verwijderd: {c.Titel}",
            _ => $"kaart gewijzigd: {c.Titel}",
        }),
        .. changes.Momenten.Select(m => m.Kind switch
        {
            MomentChangeKind.Verplaatst => $"{m.Kaart}: '{m.Wat}' verplaatst van {m.Voor} naar {m.Na}",
            MomentChangeKind.Nieuw => $"{m.Kaart}: nieuw moment '{m.Wat}' ({m.Na})",
            MomentChangeKind.Vervallen => $"{m.Kaart}: moment '{m.Wat}' ({m.Voor}) vervallen",
            _ => $"{m.Kaart}: moment gewijzigd van '{m.Voor}' naar '{m.Na}'",
        }),
        .. changes.Rollen.Select(r => $"{r.Kaart}: {r.Rol} {r.Voor} → {r.Na}"),
        .. changes.NieuweRollen.Select(r => $"nieuwe rol: {r}"),
        .. changes.VerwijderdeRollen.Select(r => $"rol verwijderd: {r}"),
    ];

    private static string Headline(string subject, params string?[] parts)
    {
        var said = parts.OfType<string>().ToList();
        return $"{subject}: {(said.Count == 0 ? "geen wijzigingen" : string.Join(", ", said))}";
    }

    private static string? Count(int n, string one, string many) => n == 0 ? null : $"{n} {(n == 1 ? one : many)}";
}
