using Handboek.Diagnostics;
using Handboek.Model;

namespace Handboek.Building;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, Handbook? Handbook, int PageCount = 0)
{
    /// <summary>Null when search indexing was not asked for.</summary>
    public Search.SearchIndexOutcome? Search { get; init; }

    public bool Succeeded => Handbook is not null && Diagnostics.All(d => d.Severity != Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
