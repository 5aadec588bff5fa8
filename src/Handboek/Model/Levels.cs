namespace Handboek.Model;

/// <summary>Where a card applies: the board, every school, or both.</summary>
public enum CardLevel
{
    Bestuur,
    School,
    Beide,
}

/// <summary>Where a role sits; <see cref="Extern"/> roles are outside the organisation (parents, committees).</summary>
public enum RoleLevel
{
    Bestuur,
    School,
    Extern,
}

public enum CardStatus
{
    Vastgesteld,
    Concept,
}

/// <summary>The three legal rights of a medezeggenschap body (WMS).</summary>
public enum ParticipationRight
{
    Instemming,
    Advies,
    Informatie,
}

public static class LevelNames
{
    public static string Id(this CardLevel level) => level.ToString().ToLowerInvariant();

    public static string Id(this RoleLevel level) => level.ToString().ToLowerInvariant();

    public static string Id(this CardStatus status) => status.ToString().ToLowerInvariant();

    public static string Id(this ParticipationRight right) => right.ToString().ToLowerInvariant();
}
