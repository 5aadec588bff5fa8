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

    /// <summary>From the optional verplichtingen.yml.</summary>
    public IReadOnlyList<Obligation> Obligations { get; init; } = [];

    /// <summary>The holiday regions of the schools, sorted; "heel nederland" for a school without one, or for a board without schools.</summary>
    public IReadOnlyList<string> HolidayRegions { get; } =
        Schools.Count == 0 ? [Holiday.Nationwide] : [.. Schools.Select(s => s.Region ?? Holiday.Nationwide).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public IReadOnlySet<string> StandardCodes { get; } = Standards.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
}
