using System.Buffers;
using System.ComponentModel;
using System.Diagnostics;
using Handboek.Tools;

namespace Handboek.Search;

/// <summary>What happened to the search index of a build.</summary>
/// <param name="Failed">True when Pagefind ran and failed: the build then keeps the previous site.</param>
public sealed record SearchIndexOutcome(bool Indexed, bool Failed, string Message);

/// <summary>
/// Runs Pagefind (installed with <c>npm ci</c> from package.json) over a freshly written site. Without it the
/// build still succeeds and says how to enable search; the search page then tells readers it is unavailable.
/// </summary>
public static class PagefindIndexer
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private static readonly SearchValues<char> GlobCharacters = SearchValues.Create(@"*?[]{},\!");

    public const string HowToEnable =
        "installeer Node.js en voer 'npm ci' uit in de map met package.json, en bouw opnieuw";

    /// <summary>node_modules/.bin/pagefind, found as <see cref="NodeModules"/> says.</summary>
    public static string? Locate(string inputDir) =>
        NodeModules.Find(inputDir, Path.Combine(".bin", OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind"), File.Exists);

    /// <param name="searchableFolders">The top folders of the pages that mark their text for search (<c>data-pagefind-body</c>),
    /// "" for pages in the site's own folder. Pagefind then reads only those folders: it indexes only marked pages anyway,
    /// and reading every calendar page of every role at every school took it longer than building the site.</param>
    public static SearchIndexOutcome Index(string siteDir, string? pagefind, IReadOnlySet<string>? searchableFolders = null)
    {
        if (pagefind is null)
            return new SearchIndexOutcome(false, false, $"zoeken overgeslagen: Pagefind is niet gevonden; {HowToEnable}");

        var start = new ProcessStartInfo(pagefind)
        {
            ArgumentList = { "--site", siteDir, "--silent" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Glob(searchableFolders) is { } glob)
        {
            start.ArgumentList.Add("--glob");
            start.ArgumentList.Add(glob);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            return new SearchIndexOutcome(false, false, $"zoeken overgeslagen: Pagefind kon niet starten ({e.Message}); {HowToEnable}");
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                return new SearchIndexOutcome(false, true, $"Pagefind was na {Limit.TotalMinutes} minuten nog niet klaar");
            }

            if (process.ExitCode != 0)
            {
                var detail = (errors.Result + output.Result).Trim();
                return new SearchIndexOutcome(false, true, $"Pagefind maakte geen zoekindex (exitcode {process.ExitCode}): {detail}");
            }
        }

        var bundle = new DirectoryInfo(Path.Combine(siteDir, "pagefind"));
        var size = bundle.Exists ? bundle.EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;
        return new SearchIndexOutcome(true, false, $"zoekindex gemaakt ({size / 1024} KB)");
    }

    /// <summary>
    /// "{kaarten,paginas}/**/*.html" for the folders with marked pages; null (every page) when a marked page lies in the
    /// site's own folder, when no page is marked (Pagefind then indexes whole pages) or when a folder's name would mean
    /// something in a glob.
    /// </summary>
    private static string? Glob(IReadOnlySet<string>? folders)
    {
        if (folders is null || folders.Count == 0 || folders.Contains("") || folders.Any(f => f.AsSpan().ContainsAny(GlobCharacters))) return null;
        var names = folders.Order(StringComparer.Ordinal).ToList();
        return names.Count == 1 ? $"{names[0]}/**/*.html" : $"{{{string.Join(',', names)}}}/**/*.html";
    }
}
