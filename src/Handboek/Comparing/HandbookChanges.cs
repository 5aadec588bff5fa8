namespace Handboek.Comparing;

/// <summary>In this order in every summary: new cards first.</summary>
public enum CardChangeKind
{
    Added,
    Renamed,
    Changed,
    Removed,
}

public enum MomentChangeKind
{
    Moved,
    Added,
    Dropped,
    Changed,
}

/// <summary>A card added, renamed (a new id with the old one under vorige_ids), removed, or with a different file.</summary>
/// <param name="OldId">For a renamed card: the id it had in the base.</param>
/// <param name="MayBeRenamed">For a removed card, when the change also adds cards: one of them may be its new id without vorige_ids.</param>
public sealed record CardChange(CardChangeKind Kind, string Id, string Title, string? OldId = null, bool MayBeRenamed = false);

/// <param name="Before">When (or, for <see cref="MomentChangeKind.Changed"/>, what and who) before; null for a new moment.</param>
/// <param name="After">The same after; null for a moment that is gone.</param>
public sealed record MomentChange(MomentChangeKind Kind, string Card, string What, string? Before, string? After);

/// <summary>A role whose letters (A, R, C, I, G) or medezeggenschap right on a card changed.</summary>
public sealed record RoleChange(string Card, string Role, string Before, string After);

/// <summary>What a pull request changes in the handbook, as staff notice it: cards, calendar moments, who does what.</summary>
public sealed record HandbookChanges(
    IReadOnlyList<CardChange> Cards,
    IReadOnlyList<MomentChange> Moments,
    IReadOnlyList<RoleChange> Roles,
    IReadOnlyList<string> AddedRoles,
    IReadOnlyList<string> RemovedRoles)
{
    public bool None => Cards.Count + Moments.Count + Roles.Count + AddedRoles.Count + RemovedRoles.Count == 0;
}
