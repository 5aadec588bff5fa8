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

/// <summary>
/// The ids these values have in the input contract (front matter, data files, handboek.json, URLs), written out:
/// renaming an enum member must never change what boards write or what integrations read.
/// </summary>
public static class LevelNames
{
    public static readonly IReadOnlyDictionary<string, CardLevel> CardLevels = new Dictionary<string, CardLevel>
    {
        ["bestuur"] = CardLevel.Bestuur,
        ["school"] = CardLevel.School,
        ["beide"] = CardLevel.Beide,
    };

    public static readonly IReadOnlyDictionary<string, RoleLevel> RoleLevels = new Dictionary<string, RoleLevel>
    {
        ["bestuur"] = RoleLevel.Bestuur,
        ["school"] = RoleLevel.School,
        ["extern"] = RoleLevel.Extern,
    };

    public static readonly IReadOnlyDictionary<string, CardStatus> Statuses = new Dictionary<string, CardStatus>
    {
        ["vastgesteld"] = CardStatus.Vastgesteld,
        ["concept"] = CardStatus.Concept,
    };

    public static readonly IReadOnlyDictionary<string, ParticipationRight> Rights = new Dictionary<string, ParticipationRight>
    {
        ["instemming"] = ParticipationRight.Instemming,
        ["advies"] = ParticipationRight.Advies,
        ["informatie"] = ParticipationRight.Informatie,
    };

    public static string Id(this CardLevel level) => IdOf(CardLevels, level);

    public static string Id(this RoleLevel level) => IdOf(RoleLevels, level);

    public static string Id(this CardStatus status) => IdOf(Statuses, status);

    public static string Id(this ParticipationRight right) => IdOf(Rights, right);

    private static string IdOf<T>(IReadOnlyDictionary<string, T> ids, T value) where T : struct, Enum =>
        ids.First(id => EqualityComparer<T>.Default.Equals(id.Value, value)).Key;
}
