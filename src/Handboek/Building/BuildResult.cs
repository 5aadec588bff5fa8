using Handboek.Diagnostics;
using Handboek.Model;

namespace Handboek.Building;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, Handbook? Handbook, int PageCount = 0)
{
    /// <summary>Null when search indexing was not asked for.</summary>
    public Search.SearchIndexOutcome? Search { get; init; }

    /// <summary>The git history the site shows; null outside a git checkout, empty for a shallow clone.</summary>
    public Provenance.GitHistory? History { get; init; }

    /// <summary>Why nothing was even tried, in Dutch: the output folder may not be written (see <see cref="OutputFolder"/>).</summary>
    public string? Refusal { get; init; }

    /// <summary>What <c>--archief</c> did, in Dutch; null without it.</summary>
    public string? Archive { get; init; }

    public bool Succeeded => Handbook is not null && Diagnostics.All(d => d.Severity != Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <param name="Changes">Null when the input has errors or the base could not be read (see <paramref name="Problem"/>).</param>
/// <param name="Problem">Why there is no comparison although the input is fine, in Dutch.</param>
public sealed record ComparisonResult(IReadOnlyList<Diagnostic> Diagnostics, Comparing.HandbookChanges? Changes, string? Problem)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
