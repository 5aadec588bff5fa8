using Handboek.Loading;

namespace Handboek.Building;

/// <summary>
/// Decides whether a folder may receive a site. Handboek replaces the whole output folder, so it writes only into
/// a folder that is absent, empty, or a site it built itself (it carries <see cref="MarkerName"/>): a mistyped
/// <c>--output docs</c> or <c>--output .</c> must never cost anyone their files.
/// </summary>
public static class OutputFolder
{
    /// <summary>Written into every site Handboek builds; its presence is what lets the next build replace the folder.</summary>
    public const string MarkerName = ".handboek-site";

    public const string MarkerText = "Deze map is gemaakt door Handboek. Een volgende 'handboek build' mag haar vervangen.\n";

    /// <summary>Why a site may not be written to <paramref name="outputDir"/>, in Dutch, or null when it may.</summary>
    /// <param name="protectedDirs">The input and theme folders: the output may not be, contain or lie inside them.</param>
    public static string? Problem(string outputDir, IEnumerable<string> protectedDirs)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        if (Path.GetDirectoryName(full) is null) return $"de uitvoermap {full} is de hoofdmap van de schijf; kies een eigen map, zoals _site";
        if (new DirectoryInfo(full).LinkTarget is not null)
            return $"de uitvoermap {full} is een snelkoppeling (symlink); geef de map zelf op";

        var resolved = InputBoundary.Resolve(full) ?? full;
        foreach (var dir in protectedDirs.Select(d => InputBoundary.Resolve(d) ?? Path.GetFullPath(d)))
        {
            if (IsSameOrInside(resolved, dir))
                return $"de uitvoermap {full} ligt in {dir}, dat Handboek leest; kies een map daarbuiten, zoals _site";
            if (IsSameOrInside(dir, resolved))
                return $"de uitvoermap {full} bevat {dir}, dat Handboek leest; bij het vervangen van de site zou die map verdwijnen. Kies een eigen map, zoals _site";
        }

        if (File.Exists(full)) return $"{full} is een bestand, geen map; kies een andere uitvoermap";
        foreach (var dir in new[] { full, WorkDir(full), PreviousDir(full) })
        {
            if (Directory.Exists(dir) && !IsSite(dir))
                return $"de map {dir} bestaat al en is niet door Handboek gemaakt; Handboek schrijft alleen in een lege map of in een site " +
                    "die het zelf bouwde. Kies een andere map, of maak deze leeg als je zeker weet dat je haar niet meer nodig hebt";
        }

        return null;
    }

    /// <summary>Where the next site is written before the swap: the site before the current one.</summary>
    public static string WorkDir(string outputDir) => Sibling(outputDir, "werk");

    /// <summary>Where the current site waits during the swap; found after a kill, it is the last complete site.</summary>
    public static string PreviousDir(string outputDir) => Sibling(outputDir, "oud");

    /// <summary>Held while a build writes, so a second build into the same folder waits its turn instead of mixing files.</summary>
    public static string LockFile(string outputDir) => Sibling(outputDir, "slot");

    public static void Mark(string dir) => File.WriteAllText(Path.Combine(dir, MarkerName), MarkerText);

    /// <summary>Empty, marked, or a site built before the marker existed (it has Handboek's own stylesheet and JSON).</summary>
    public static bool IsSite(string dir) =>
        !Directory.EnumerateFileSystemEntries(dir).Any()
        || File.Exists(Path.Combine(dir, MarkerName))
        || (File.Exists(Path.Combine(dir, "handboek.json")) && File.Exists(Path.Combine(dir, "assets", "handboek.css")));

    private static string Sibling(string outputDir, string suffix)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{suffix}");
    }

    private static bool IsSameOrInside(string path, string dir) =>
        path == dir || path.StartsWith(dir + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
