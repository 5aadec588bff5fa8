namespace Handboek.Tools;

/// <summary>
/// Where <c>npm ci</c> put the tools a build runs (Pagefind) or copies into the site (the form editor): a node_modules
/// folder beside the input folder or above it, above the working folder, or above Handboek itself. Never inside the
/// input folder: a pull request may add files there, and it must not bring its own program or editor.
/// </summary>
public static class NodeModules
{
    /// <summary>The first <paramref name="relativePath"/> under a node_modules folder that <paramref name="found"/> accepts.</summary>
    public static string? Find(string inputDir, string relativePath, Func<string, bool> found)
    {
        var starts = new[] { Path.GetDirectoryName(Path.GetFullPath(inputDir)), Environment.CurrentDirectory, AppContext.BaseDirectory };
        foreach (var start in starts.OfType<string>())
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", relativePath);
                if (IsInside(candidate, inputDir)) continue;
                if (found(candidate)) return candidate;
            }
        }

        return null;
    }

    private static bool IsInside(string path, string dir) =>
        Path.GetFullPath(path).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
