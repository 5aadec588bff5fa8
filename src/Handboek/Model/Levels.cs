namespace Handboek.Model;

/// <summary>Where a card applies: the board, every school, or both.</summary>
public enum CardLevel
{
    Board,
    School,
    Both,
}

/// <summary>Where a role sits; <see cref="External"/> roles are outside the organisation (parents, committees).</summary>
public enum RoleLevel
{
    Board,
    School,
    External,
}

/// <summary>A card in force (vastgesteld) or still being written (concept).</summary>
public enum CardStatus
{
    Adopted,
    Draft,
}

/// <summary>The three legal rights of a medezeggenschap body (WMS).</summary>
public enum ParticipationRight
{
    Consent,
    Advice,
    Information,
}

/// <summary>What a body decided about a card (<c>besluiten</c>).</summary>
public enum DecisionKind
{
    Adopted,
    Consent,
    Advice,
    Approved,
    Information,
}

/// <summary>
/// The ids these values have in the input contract (front matter, data files, handboek.json, URLs), written out:
/// renaming an enum member must never change what boards write or what integrations read.
/// </summary>
public static class LevelNames
{
    public static readonly IReadOnlyDictionary<string, CardLevel> CardLevels = new Dictionary<string, CardLevel>
    {
        ["bestuur"] = CardLevel.Board,
        ["school"] = CardLevel.School,
        ["beide"] = CardLevel.Both,
    };

    public static readonly IReadOnlyDictionary<string, RoleLevel> RoleLevels = new Dictionary<string, RoleLevel>
    {
        ["bestuur"] = RoleLevel.Board,
        ["school"] = RoleLevel.School,
        ["extern"] = RoleLevel.External,
    };

    public static readonly IReadOnlyDictionary<string, CardStatus> Statuses = new Dictionary<string, CardStatus>
    {
        ["vastgesteld"] = CardStatus.Adopted,
        ["concept"] = CardStatus.Draft,
    };

    public static readonly IReadOnlyDictionary<string, ParticipationRight> Rights = new Dictionary<string, ParticipationRight>
    {
        ["instemming"] = ParticipationRight.Consent,
        ["advies"] = ParticipationRight.Advice,
        ["informatie"] = ParticipationRight.Information,
    };

    public static readonly IReadOnlyDictionary<string, DecisionKind> Decisions = new Dictionary<string, DecisionKind>
    {
        ["vastgesteld"] = DecisionKind.Adopted,
        ["instemming"] = DecisionKind.Consent,
        ["advies"] = DecisionKind.Advice,
        ["goedgekeurd"] = DecisionKind.Approved,
        ["informatie"] = DecisionKind.Information,
    };

    /// <summary>The kind of a moment's date, as handboek.json and the templates name it.</summary>
    public static readonly IReadOnlyDictionary<string, DateKind> DateKinds = new Dictionary<string, DateKind>
    {
        ["uiterlijk"] = DateKind.Deadline,
        ["dag"] = DateKind.Day,
        ["periode"] = DateKind.Span,
        ["maand"] = DateKind.Month,
        ["week"] = DateKind.Week,
        ["doorlopend"] = DateKind.Ongoing,
    };

    public static string Id(this CardLevel level) => IdOf(CardLevels, level);

    public static string Id(this DateKind kind) => IdOf(DateKinds, kind);

    public static string Id(this RoleLevel level) => IdOf(RoleLevels, level);

    public static string Id(this CardStatus status) => IdOf(Statuses, status);

    public static string Id(this ParticipationRight right) => IdOf(Rights, right);

    public static string Id(this DecisionKind kind) => IdOf(Decisions, kind);

    /// <summary>The first id of the value: looked up, not searched, as calendars ask it for every entry they show.</summary>
    private static string IdOf<T>(IReadOnlyDictionary<string, T> ids, T value) where T : struct, Enum => IdsOf<T>.From(ids)[value];

    /// <summary>Each enum has one table of ids, so its reverse is kept per type.</summary>
    private static class IdsOf<T>
        where T : struct, Enum
    {
        private static Dictionary<T, string>? _reverse;

        public static Dictionary<T, string> From(IReadOnlyDictionary<string, T> ids)
        {
            if (_reverse is { } known) return known;
            var reverse = new Dictionary<T, string>();
            foreach (var (id, value) in ids) reverse.TryAdd(value, id);
            return _reverse = reverse;
        }
    }
}
