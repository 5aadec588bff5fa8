using Handboek.Model;
using Handboek.Outputs;

namespace Handboek.Building;

/// <summary>A validated handbook and every file of its site, sorted by path, each still to be rendered.</summary>
public sealed record SitePlan(Handbook Handbook, IReadOnlyList<OutputFile> Files);
