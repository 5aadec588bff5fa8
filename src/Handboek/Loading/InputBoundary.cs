using System.Collections.Concurrent;
using Handboek.Diagnostics;

namespace Handboek.Loading;

/// <summary>
/// A folder the site may read from: <c>input/</c> or a theme. A path counts as inside only when it still lies inside
/// after every symbolic link on the way is followed, so a link in a pull request cannot publish a file of the build
/// machine (<c>/etc/passwd</c>, <c>/proc/self/environ</c>) or make the build read <c>/dev/zero</c>.
/// </summary>
public sealed class InputBoundary
{
    /// <summary>Cards, pages, data files and templates: far above any real one, far below what hurts.</summary>
    public const long MaxTextBytes = 4 * 1024 * 1024;

    /// <summary>Images and documents that bodies link to, copied into the site.</summary>
    public const long MaxCopiedBytes = 100 * 1024 * 1024;

    public const string Missing = "het bestand bestaat niet";

    private const int MaxLinksFollowed = 40;
    private const int MaxFolderDepth = 32;

    /// <summary>Folders already resolved: the cards of a large handbook share a few folders, so each file costs one lookup.</summary>
    private readonly ConcurrentDictionary<string, string?> _resolvedFolders = new(StringComparer.Ordinal);

    private readonly string _resolvedDir;

    public InputBoundary(string dir)
    {
        Dir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir));
        _resolvedDir = Resolve(Dir) ?? Dir;
    }

    /// <summary>The folder as given (full path): source paths in messages and the site are relative to it.</summary>
    public string Dir { get; }

    /// <summary>Why <paramref name="path"/> may not be read, in Dutch, or null when it is a regular file inside the folder.</summary>
    public string? Problem(string path, long maxBytes)
    {
        var resolved = ResolveInFolder(Path.GetFullPath(path));
        if (resolved is null) return "het pad loopt via snelkoppelingen (symlinks) in een kring";
        if (!IsInside(resolved))
            return $"het pad wijst via een snelkoppeling (symlink) naar {resolved}, buiten de map {Dir}; Handboek leest alleen bestanden in die map";

        var file = new FileInfo(resolved);
        if (!file.Exists) return Directory.Exists(resolved) ? "dit is een map, geen bestand" : Missing;
        if (file.Length > maxBytes) return $"het bestand is groter dan {maxBytes / (1024 * 1024)} MB";
        return null;
    }

    /// <summary>
    /// The files below <paramref name="folder"/> (relative to the boundary), sorted by path, so which file is read
    /// first never depends on the file system. A link to a file or folder inside is followed; a link out of the
    /// folder, a loop or a tree deeper than 32 folders is reported at the link and skipped.
    /// </summary>
    public IReadOnlyList<string> Files(string folder, Func<string, bool> wanted, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        var start = Path.Combine(Dir, folder);
        if (Directory.Exists(start)) Walk(start, 0, new HashSet<string>(StringComparer.Ordinal), files, wanted, diagnostics);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private void Walk(string dir, int depth, HashSet<string> visited, List<string> files, Func<string, bool> wanted, DiagnosticBag diagnostics)
    {
        var resolved = Resolve(dir);
        if (resolved is null || !visited.Add(resolved))
        {
            diagnostics.Error(SourceLocation.StartOf(dir), "deze map is via snelkoppelingen (symlinks) al eerder gelezen: er zit een kring in; haal de snelkoppeling weg");
            return;
        }

        if (depth > MaxFolderDepth)
        {
            diagnostics.Error(SourceLocation.StartOf(dir), $"de mappen zijn dieper genest dan {MaxFolderDepth} niveaus; maak de structuur platter");
            return;
        }

        foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
        {
            // The attributes come with the directory listing; only a link costs a look at its target.
            var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
            if (isLink && Resolve(entry.FullName) is var target && (target is null || !IsInside(target)))
            {
                diagnostics.Error(SourceLocation.StartOf(entry.FullName), target is null
                    ? "deze snelkoppeling (symlink) wijst in een kring naar zichzelf terug; haal haar weg"
                    : $"dit is een snelkoppeling (symlink) naar {target}, buiten de map {Dir}; Handboek leest alleen bestanden in die map");
                continue;
            }

            if (isLink ? Directory.Exists(entry.FullName) : entry is DirectoryInfo) Walk(entry.FullName, depth + 1, visited, files, wanted, diagnostics);
            else if (wanted(entry.FullName)) files.Add(entry.FullName);
        }
    }

    /// <summary><see cref="Resolve"/> with the folder part remembered.</summary>
    private string? ResolveInFolder(string path)
    {
        if (Path.GetDirectoryName(path) is not { } folder) return Resolve(path);
        var resolvedFolder = _resolvedFolders.GetOrAdd(folder, Resolve);
        if (resolvedFolder is null) return null;
        var own = Path.Combine(resolvedFolder, Path.GetFileName(path));
        return LinkTarget(own) is null ? own : Resolve(own);
    }

    private bool IsInside(string resolved) =>
        resolved == _resolvedDir || resolved.StartsWith(_resolvedDir + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// The path with every symbolic link on the way followed, or null when the links go round in a loop. Managed
    /// rather than realpath(3), so it works the same on every platform and for paths that do not exist (yet).
    /// </summary>
    internal static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[current.Length..]).Reverse());
        var linksFollowed = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++linksFollowed > MaxLinksFollowed) return null;
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var p in Parts(target).Reverse()) pending.Push(p);
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
