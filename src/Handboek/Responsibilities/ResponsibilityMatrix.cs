using Handboek.Model;

namespace Handboek.Responsibilities;

/// <summary>
/// "Wie doet wat": for every card and role the letters A, R, C, I and G, derived from the card's
/// eigenaar, verantwoordelijke_rol, geraadpleegd, geinformeerd and goedkeuring, so it never contradicts them.
/// </summary>
public sealed class ResponsibilityMatrix
{
    private static readonly RoleLevel[] LevelOrder = [RoleLevel.Bestuur, RoleLevel.School, RoleLevel.Extern];

    private readonly ILookup<(string Role, Letter Letter), Card> _cardsByAssignment;

    public ResponsibilityMatrix(Handbook handbook)
    {
        Handbook = handbook;
        Columns = LevelOrder.SelectMany(level => handbook.Rollen.Where(r => r.Niveau == level)).ToList();
        _cardsByAssignment = handbook.Kaarten
            .SelectMany(card => Assignments(card).Distinct().Select(a => (Key: (a.Role, a.Letter), Card: card)))
            .ToLookup(x => x.Key, x => x.Card);
    }

    public Handbook Handbook { get; }

    /// <summary>Roles grouped by level (bestuur, school, extern), each group in rollen.yml order.</summary>
    public IReadOnlyList<Role> Columns { get; }

    public static IEnumerable<(Letter Letter, string Role)> Assignments(Card card) =>
        new[] { (Letter.A, card.Eigenaar) }
            .Concat(card.Verantwoordelijk.Select(r => (Letter.R, r)))
            .Concat(card.Geraadpleegd.Select(r => (Letter.C, r)))
            .Concat(card.Geinformeerd.Select(r => (Letter.I, r)))
            .Concat(card.Goedkeuring.Select(r => (Letter.G, r)));

    public static IReadOnlyList<Letter> LettersOf(Card card, string roleId) =>
        Assignments(card).Where(a => a.Role == roleId).Select(a => a.Letter).Distinct().Order().ToList();

    /// <summary>"A R", or empty when the role has no part in the card.</summary>
    public static string Cell(Card card, string roleId) => string.Join(' ', LettersOf(card, roleId));

    /// <summary>In handbook order.</summary>
    public IEnumerable<Card> CardsWith(string roleId, Letter letter) => _cardsByAssignment[(roleId, letter)];
}
