namespace Handboek.Tests.Support;

/// <summary>Locations in the repository, found from the test binaries by walking up to Handboek.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    public static string Specs => Path.Combine(AppContext.BaseDirectory, "Specs");

    /// <summary>The small handbook every spec case and many tests start from (Specs/basis).</summary>
    public static string SpecBasis => Path.Combine(Specs, "basis");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Handboek.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Handboek.sln not found above " + AppContext.BaseDirectory);
    }
}
