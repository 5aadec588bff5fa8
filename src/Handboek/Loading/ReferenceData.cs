using Handboek.Model;

namespace Handboek.Loading;

/// <summary>The data files a card refers to; read before the cards so references can be checked as they are read.</summary>
public sealed record ReferenceData(
    HandbookSettings? Settings,
    IReadOnlyList<Role> Rollen,
    IReadOnlyList<Law> Wetten,
    IReadOnlyList<Standard> Standaarden,
    IReadOnlyList<School> Scholen,
    IReadOnlyList<Holiday> Vakanties)
{
    public IReadOnlyDictionary<string, Role> RolesById { get; } = Rollen.ToDictionary(r => r.Id, StringComparer.Ordinal);


    public IReadOnlySet<string> StandardCodes { get; } = Standaarden.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
}
