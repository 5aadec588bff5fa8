namespace Handboek.Comparing;

public enum CardChangeKind
{
    Nieuw,
    Gewijzigd,
    Verwijderd,
}

public enum MomentChangeKind
{
    Verplaatst,
    Nieuw,
    Vervallen,
    Gewijzigd,
}

/// <summary>A card added, removed, or with a different file.</summary>
public sealed record CardChange(CardChangeKind Kind, string Id, string Titel);

/// <param name="Voor">When (or, for <see cref="MomentChangeKind.Gewijzigd"/>, what and who) before; null for a new moment.</param>
/// <param name="Na">The same after; null for a moment that is gone.</param>
public sealed record MomentChange(MomentChangeKind Kind, string Kaart, string Wat, string? Voor, string? Na);

/// <summary>A role whose letters (A, R, C, I, G) or medezeggenschap right on a card changed.</summary>
public sealed record RoleChange(string Kaart, string Rol, string Voor, string Na);

/// <summary>What a pull request changes in the handbook, as staff notice it: cards, calendar moments, who does what.</summary>
public sealed record HandbookChanges(
    IReadOnlyList<CardChange> Kaarten,
    IReadOnlyList<MomentChange> Momenten,
    IReadOnlyList<RoleChange> Rollen,
    IReadOnlyList<string> NieuweRollen,
    IReadOnlyList<string> VerwijderdeRollen)
{
    public bool None => Kaarten.Count + Momenten.Count + Rollen.Count + NieuweRollen.Count + VerwijderdeRollen.Count == 0;
}
