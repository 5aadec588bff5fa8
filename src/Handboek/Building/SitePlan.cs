using Handboek.Model;
using Handboek.Outputs;
using Handboek.Provenance;

namespace Handboek.Building;

/// <summary>A validated handbook and every file of its site, sorted by path, each still to be rendered.</summary>
/// <param name="History">What the site shows of git; null outside a git checkout.</param>
public sealed record SitePlan(Handbook Handbook, IReadOnlyList<OutputFile> Files, GitHistory? History)
{
    /// <summary>What <c>--archief</c> did, in Dutch; null without it.</summary>
    public string? ArchiveMessage { get; init; }
}
