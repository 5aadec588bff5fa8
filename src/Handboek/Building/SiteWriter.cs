using System.Collections.Concurrent;
using System.Diagnostics;
using Handboek.Diagnostics;
using Handboek.Outputs;
using Handboek.Text;

namespace Handboek.Building;

/// <summary>
/// Writes a complete site next to the output folder and swaps it in only when every file is written, so a failed
/// build never leaves a half-written or missing site behind.
/// </summary>
/// <remarks>
/// The site is built in a work folder beside the output folder (<c>._site.werk</c> for <c>_site</c>): the site from
/// before the current one, kept after the swap. A rebuild changes in it only what differs and removes what is gone,
/// so it creates and removes no folders for unchanged pages; on a large handbook removing ten thousand folders took
/// longer than rendering a quarter of the site.
/// </remarks>
public static class SiteWriter
{
    /// <remarks>The caller has run <see cref="Recover"/> first, as every build does before it even reads the input.</remarks>
    /// <param name="complete">Runs on the fully written work folder before the swap (the search index), with the
    /// top folders of the pages that mark their text for search ("" for the site's own folder); returning false
    /// abandons the new site.</param>
    /// <returns>False when <paramref name="complete"/> abandoned the site.</returns>
    /// <param name="timings">Gets the time to render and to write each file, by its kind.</param>
    public static bool Write(string outputDir, IReadOnlyList<OutputFile> files, BuildTimings timings, Func<string, IReadOnlySet<string>, bool>? complete = null)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var work = OutputFolder.WorkDir(target);
        var previous = OutputFolder.PreviousDir(target);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var turn = BuildLock.Take(OutputFolder.LockFile(target));

        Directory.CreateDirectory(work);
        timings.Phase("oude bestanden opruimen", () => RemoveAllBut(work, files));
        var searchable = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        // Each file is rendered and written at once, so the site is never held in memory as a whole. One file at a
        // time per core: a few files (the printable handbook, school calendars) take far longer than a card page.
        try
        {
            timings.Phase("maken en schrijven", () => Partitioner.Create(files, EnumerablePartitionerOptions.NoBuffering).AsParallel().ForAll(file =>
            {
                if (WriteFile(file, work, target, timings)) searchable.TryAdd(TopFolder(file.Path), true);
            }));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The first failure as it was thrown (a template error, a full disk), not wrapped by PLINQ.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        OutputFolder.Mark(work);
        if (complete is not null && !complete(work, searchable.Keys.ToHashSet(StringComparer.Ordinal))) return false;

        // A kill between these moves leaves the last complete site in 'previous' (or already in place); Recover puts
        // it back at the start of the next build.
        timings.Phase("omwisselen", () =>
        {
            if (Directory.Exists(target)) Directory.Move(target, previous);
            Directory.Move(work, target);
            if (Directory.Exists(previous)) Directory.Move(previous, work);
        });
        return true;
    }

    /// <summary>The attribute by which a page gives Pagefind the part of it to index.</summary>
    private static ReadOnlySpan<byte> SearchBody => "data-pagefind-body"u8;

    /// <returns>Whether the file is a page that marks text for search.</returns>
    private static bool WriteFile(OutputFile file, string work, string target, BuildTimings timings)
    {
        var start = Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var content = file.RenderContent();
        var rendered = Stopwatch.GetTimestamp();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Write(Path.Combine(work, file.Path), Path.Combine(target, file.Path), content);
        timings.Output(file.Kind, Stopwatch.GetElapsedTime(start, rendered), Stopwatch.GetElapsedTime(rendered), content.Length, allocated);
        var searchable = file.Path.EndsWith(".html", StringComparison.Ordinal) && content.Contains(SearchBody);
        content.Release();
        return searchable;
    }

    private static string TopFolder(string path) => path.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 ? path[..slash] : "";

    private static void Write(string path, string live, FileContent content)
    {
        if (UnchangedFile.Matches(path, content)) return;

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // The work file may be a hard link to a file of the live site: replace it, never write into it.
        File.Delete(path);
        if (!(UnchangedFile.Matches(live, content) && UnchangedFile.TryLink(live, path))) UnchangedFile.Write(path, content);
    }

    /// <summary>
    /// Finishes a swap that a kill interrupted, and removes the leftovers of older versions' swaps. Every build starts
    /// with it, also one that then finds errors in the input, so the last complete site is back in place at once.
    /// </summary>
    public static void Recover(string outputDir)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        if (!Directory.Exists(Path.GetDirectoryName(target))) return;
        using var turn = BuildLock.Take(OutputFolder.LockFile(target));
        var work = OutputFolder.WorkDir(target);
        var previous = OutputFolder.PreviousDir(target);
        if (Directory.Exists(previous))
        {
            if (!Directory.Exists(target)) Directory.Move(previous, target);
            else if (!Directory.Exists(work)) Directory.Move(previous, work);
            else Directory.Delete(previous, recursive: true);
        }

        var parent = Path.GetDirectoryName(target)!;
        foreach (var stale in Directory.EnumerateDirectories(parent, $".{Path.GetFileName(target)}.oud-*"))
        {
            if (OutputFolder.IsSite(stale)) Directory.Delete(stale, recursive: true);
        }
    }

    /// <summary>Removes from the work folder every file and folder the new site does not have, such as a deleted card's page.</summary>
    private static void RemoveAllBut(string work, IReadOnlyList<OutputFile> files)
    {
        var wanted = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var folders = wanted.SelectMany(Ancestors).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(work, "*", SearchOption.AllDirectories))
        {
            if (!folders.Contains(Relative(work, folder)) && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }

        foreach (var file in Directory.GetFiles(work, "*", SearchOption.AllDirectories))
        {
            if (!wanted.Contains(Relative(work, file)) && Path.GetFileName(file) != OutputFolder.MarkerName) File.Delete(file);
        }
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            yield return path[..slash];
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
