using System.Collections.Concurrent;
using Handboek.Outputs;

namespace Handboek.Building;

/// <summary>
/// Renders and writes a complete site next to the output folder and swaps it in only when every file is written, so a
/// failed build never leaves a half-written or missing site behind.
/// </summary>
public static class SiteWriter
{
    /// <param name="complete">Runs on the fully written staging folder before the swap (the search index);
    /// returning false abandons the new site.</param>
    /// <returns>False when <paramref name="complete"/> abandoned the site.</returns>
    public static bool Write(string outputDir, IReadOnlyList<OutputFile> files, Func<string, bool>? complete = null)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.nieuw-{Guid.NewGuid():N}");
        var previous = Path.Combine(parent, $".{name}.oud-{Guid.NewGuid():N}");

        Directory.CreateDirectory(parent);
        try
        {
            // Each file is rendered and written at once, so the site is never held in memory as a whole. One file at a
            // time per core: a few files (the printable handbook, school calendars) take far longer than a card page.
            Partitioner.Create(files, EnumerablePartitionerOptions.NoBuffering).AsParallel().ForAll(file =>
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var content = file.Render();
                if (!UnchangedFile.TryReuse(Path.Combine(target, file.Path), path, content)) File.WriteAllBytes(path, content);
            });

            if (complete is not null && !complete(staging))
            {
                Directory.Delete(staging, recursive: true);
                return false;
            }

            if (Directory.Exists(target)) Directory.Move(target, previous);
            Directory.Move(staging, target);
        }
        catch
        {
            if (!Directory.Exists(target) && Directory.Exists(previous)) Directory.Move(previous, target);
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }

        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        return true;
    }
}
