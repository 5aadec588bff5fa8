using Handboek.Model;

namespace Handboek.Loading;

/// <summary>The data files a card refers to; read before the cards so references can be checked as they are read.</summary>
public sealed record ReferenceData(
    HandbookSettings? Settings,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<Law> Laws,
    IReadOnlyList<Standard> Standards,
    IReadOnlyList<School> Schools,
    IReadOnlyList<Holiday> Holidays,
    IReadOnlyList<Category> Categories)
{
    public IReadOnlyDictionary<string, Role> RolesById { get; } = Roles.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public IReadOnlySet<string> StandardCodes { get; } = Standards.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
}
