namespace Handboek.Preview;

/// <summary>
/// Keeps a folder equal to the preview's latest snapshot, for Pagefind to index: writes only the files whose
/// bytes changed and removes the ones the site no longer has.
/// </summary>
public sealed class SiteMirror(string dir)
{
    /// <summary>Pagefind's own output, which the mirror leaves alone.</summary>
    private const string SearchIndexFolder = "pagefind";

    private SiteSnapshot? _written;

    public string Dir { get; } = Path.GetFullPath(dir);

    public void Update(SiteSnapshot snapshot)
    {
        // One file at a time: this runs beside the preview, whose next rebuild should get the other cores.
        foreach (var path in snapshot.Paths.Where(p => !snapshot.SameAs(_written, p)))
        {
            var target = Path.Combine(Dir, path);
            var content = snapshot.Content(path)!;
            if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(content)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
        }

        var keep = snapshot.Paths.Select(p => Path.GetFullPath(Path.Combine(Dir, p))).ToHashSet(StringComparer.Ordinal);
        var index = Path.Combine(Dir, SearchIndexFolder) + Path.DirectorySeparatorChar;
        foreach (var stale in Directory.EnumerateFiles(Dir, "*", SearchOption.AllDirectories).Where(f => !keep.Contains(f) && !f.StartsWith(index, StringComparison.Ordinal)).ToList())
            File.Delete(stale);

        _written = snapshot;
    }
}
