using Handboek.Building;

namespace Handboek.Tests.Support;

/// <summary>Shorthands for running the library the way the CLI does, with the repository's theme and a fixed clock.</summary>
public static class Builds
{
    /// <param name="search">Run Pagefind; off by default because only the search tests and the example need it.</param>
    public static BuildOptions Options(string inputDir, bool search = false) =>
        new(inputDir, RepoPaths.Theme) { Clock = FixedClock.Default, SearchIndex = search };

    public static BuildResult Check(string inputDir) => HandbookBuilder.Check(Options(inputDir));

    /// <summary>Diagnostics as the user sees them, with paths relative to the input folder.</summary>
    public static IReadOnlyList<string> Messages(BuildResult result, string inputDir) =>
        result.Diagnostics
            .Select(d => d.Format(Path.GetRelativePath(inputDir, d.Location.File).Replace('\\', '/')))
            .ToList();
}
