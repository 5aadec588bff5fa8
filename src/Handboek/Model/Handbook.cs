namespace Handboek.Model;

/// <summary>The whole validated handbook: everything the outputs render.</summary>
public sealed record Handbook(
    HandbookSettings Settings,
    IReadOnlyList<Role> Rollen,
    IReadOnlyList<Law> Wetten,
    IReadOnlyList<Standard> Standaarden,
    IReadOnlyList<School> Scholen,
    IReadOnlyList<Card> Kaarten,
    IReadOnlyList<Page> Paginas,
    IReadOnlyList<Holiday> Vakanties)
{
    private readonly Dictionary<string, Role> _roles = Rollen.ToDictionary(r => r.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Card> _cards = Kaarten.ToDictionary(c => c.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Standard> _standards = Standaarden.ToDictionary(s => s.Code, StringComparer.Ordinal);

    public Role Rol(string id) => _roles[id];

    public Card Kaart(string id) => _cards[id];

    public Standard Standaard(string code) => _standards[code];

    public IEnumerable<Holiday> VakantiesVan(School school) => Vakanties.Where(v => v.AppliesTo(school));

    /// <summary>Categories in name order, each with its cards in title order.</summary>
    public IReadOnlyList<(Category Categorie, IReadOnlyList<Card> Kaarten)> Categorieen { get; } =
        Kaarten.GroupBy(c => c.Category)
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Card>)g.ToList()))
            .ToList();
}
