namespace Handboek.Model;

/// <summary>The whole validated handbook: everything the outputs render.</summary>
public sealed record Handbook(
    HandbookSettings Settings,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<Law> Laws,
    IReadOnlyList<Standard> Standards,
    IReadOnlyList<School> Schools,
    IReadOnlyList<Card> Cards,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Holiday> Holidays)
{
    private readonly Dictionary<string, Role> _roles = Roles.ToDictionary(r => r.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Card> _cards = Cards.ToDictionary(c => c.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Standard> _standards = Standards.ToDictionary(s => s.Code, StringComparer.Ordinal);

    public Role RoleById(string id) => _roles[id];

    public Card CardById(string id) => _cards[id];

    public Standard StandardByCode(string code) => _standards[code];

    /// <summary>From the optional verplichtingen.yml: what the law asks that the board wants its cards to cover.</summary>
    public IReadOnlyList<Obligation> Obligations { get; init; } = [];

    public IEnumerable<Holiday> HolidaysOf(School school) => Holidays.Where(v => v.AppliesTo(school));

    /// <summary>Categories in the order of categorieen.yml, then by name, each with its cards in title order.</summary>
    public IReadOnlyList<(Category Category, IReadOnlyList<Card> Cards)> Categories { get; } =
        Cards.GroupBy(c => c.Category)
            .OrderBy(g => g.Key.Order)
            .ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Card>)g.ToList()))
            .ToList();
}
