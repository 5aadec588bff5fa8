namespace Handboek.Model;

/// <param name="IsParticipationBody">True for a medezeggenschap body (MR, GMR or one of their sections).</param>
public sealed record Role(string Id, string Name, string Description, RoleLevel Level, bool IsParticipationBody = false)
{
    /// <summary>Where the role is defined in rollen.yml, for warnings about it.</summary>
    public Diagnostics.SourceLocation Location { get; init; }

    /// <summary>From <c>afkortingen</c>: other names readers search the role by, such as "IB'er".</summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = [];
}

public sealed record Law(string Id, string Name, string Bwb);

/// <summary>A statutory obligation from verplichtingen.yml; a card that cites one of its articles covers it.</summary>
public sealed record Obligation(string Id, string Name, IReadOnlyList<LegalReference> LegalRequirements, string Level)
{
    /// <summary>Where the obligation is defined, for the warning when no card covers it.</summary>
    public Diagnostics.SourceLocation Location { get; init; }
}

public sealed record Standard(string Code, string Name, string Level)
{
    /// <summary>Where the standard is defined in standaarden.yml, for warnings about it.</summary>
    public Diagnostics.SourceLocation Location { get; init; }
}

/// <param name="Region">noord, midden or zuid: decides which school holidays apply; null when not given.</param>
public sealed record School(string Id, string Name, string Brin, string Place, string? Region = null);

/// <summary>
/// A school holiday for one region, as published in the Rijksoverheid open data (vakanties.yml).
/// <see cref="Region"/> is noord, midden, zuid or "heel nederland".
/// </summary>
public sealed record Holiday(string Name, string Region, DateOnly Start, DateOnly End)
{
    public const string Nationwide = "heel nederland";

    public bool AppliesTo(School school) => Region == Nationwide || Region == school.Region;

    public bool Covers(Period period) => period.From >= Start && period.To <= End;
}

/// <summary>The board-wide settings from handboek.yml, with the school year already decided.</summary>
/// <param name="Branch">The branch edit links open, "main" unless handboek.yml says otherwise.</param>
public sealed record HandbookSettings(string Name, Uri BaseUrl, string? Repository, SchoolYear SchoolYear, string Branch = "main")
{
    /// <summary>The board's logo, relative to the input folder.</summary>
    public string? Logo { get; init; }

    /// <summary>The board's colour as #rrggbb.</summary>
    public string? Colour { get; init; }

    /// <summary>Whether HTML in bodies is HTML (sanitized) rather than text: <c>html_toestaan: ja</c>.</summary>
    public bool AllowHtml { get; init; }
}
