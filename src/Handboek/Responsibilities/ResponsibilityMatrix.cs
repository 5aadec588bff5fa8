using Handboek.Model;

namespace Handboek.Responsibilities;

/// <summary>
/// "Wie doet wat": for every card and role the letters A, R, C, I and G, derived from the card's
/// eigenaar, verantwoordelijke_rol, geraadpleegd, geinformeerd and goedkeuring, so it never contradicts them.
/// </summary>
public sealed class ResponsibilityMatrix
{
    private static readonly RoleLevel[] LevelOrder = [RoleLevel.Board, RoleLevel.School, RoleLevel.External];

    private readonly ILookup<(string Role, Letter Letter), Card> _cardsByAssignment;

    public ResponsibilityMatrix(Handbook handbook)
    {
        Handbook = handbook;
        Columns = LevelOrder.SelectMany(level => handbook.Roles.Where(r => r.Level == level)).ToList();
        _cardsByAssignment = handbook.Cards
            .SelectMany(card => Assignments(card).Distinct().Select(a => (Key: (a.Role, a.Letter), Card: card)))
            .ToLookup(x => x.Key, x => x.Card);
    }

    public Handbook Handbook { get; }

    /// <summary>A matrix page above this many cells (1,000 cards × 250 roles) would be too large to open; real boards stay far below.</summary>
    public const int MaxCellsOnOnePage = 250_000;

    public static bool FitsOnOnePage(Handbook handbook) => (long)handbook.Cards.Count * handbook.Roles.Count <= MaxCellsOnOnePage;

    /// <summary>Roles grouped by level (bestuur, school, extern), each group in rollen.yml order.</summary>
    public IReadOnlyList<Role> Columns { get; }

    /// <summary>Which front-matter key gives which letter, in letter order.</summary>
    private static readonly (Letter Letter, Func<Card, IReadOnlyList<string>> Roles)[] Keys =
    [
        (Letter.A, card => [card.Owner]),
        (Letter.R, card => card.Responsible),
        (Letter.C, card => card.Consulted),
        (Letter.I, card => card.Informed),
        (Letter.G, card => card.Approval),
    ];

    public static IEnumerable<(Letter Letter, string Role)> Assignments(Card card)
    {
        foreach (var (letter, roles) in Keys)
        {
            foreach (var role in roles(card)) yield return (letter, role);
        }
    }

    /// <summary>In letter order, each once. Called for every card and role of the matrix, so it only loops.</summary>
    public static IReadOnlyList<Letter> LettersOf(Card card, string roleId)
    {
        List<Letter>? letters = null;
        foreach (var (letter, roles) in Keys)
        {
            if (Holds(card, letter, roles, roleId)) (letters ??= []).Add(letter);
        }

        return letters ?? [];
    }

    /// <summary>The role's first letter on the card (A before R before C, I, G), or null when it has no part in it.</summary>
    public static Letter? FirstLetterOf(Card card, string roleId)
    {
        foreach (var (letter, roles) in Keys)
        {
            if (Holds(card, letter, roles, roleId)) return letter;
        }

        return null;
    }

    /// <summary>The owner is compared as it is: asking <see cref="Keys"/> for it makes a list, and this runs for every entry of every calendar.</summary>
    private static bool Holds(Card card, Letter letter, Func<Card, IReadOnlyList<string>> roles, string roleId) =>
        letter == Letter.A ? card.Owner == roleId : roles(card).Contains(roleId);

    /// <summary>"A R", or empty when the role has no part in the card.</summary>
    public static string Cell(Card card, string roleId) => LettersOf(card, roleId) is { Count: > 0 } letters ? string.Join(' ', letters) : "";

    /// <summary>In handbook order.</summary>
    public IEnumerable<Card> CardsWith(string roleId, Letter letter) => _cardsByAssignment[(roleId, letter)];
}
