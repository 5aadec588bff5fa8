using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Handboek.Provenance;

/// <summary>
/// When each input file last changed, from one <c>git log</c> over the repository that holds the input.
/// A shallow clone (as many CI services make) has no trustworthy dates, so it answers none.
/// </summary>
public sealed class GitHistory
{
    private readonly Dictionary<string, DateOnly> _lastChanged;

    private GitHistory(string root, bool shallow, Dictionary<string, DateOnly> lastChanged)
    {
        Root = root;
        IsShallow = shallow;
        _lastChanged = lastChanged;
    }

    /// <summary>The folder that holds .git.</summary>
    public string Root { get; }

    public bool IsShallow { get; }

    /// <returns>Null when the input is not in a git checkout or git is not installed.</returns>
    public static GitHistory? Load(string inputDir)
    {
        var root = FindRoot(inputDir);
        if (root is null) return null;

        var shallow = Git(root, "rev-parse", "--is-shallow-repository");
        if (shallow is null) return null;
        if (shallow.Trim() == "true") return new GitHistory(root, true, []);

        var log = Git(root, "log", "--format=\u001e%as", "--name-only", "--", Path.GetRelativePath(root, inputDir));
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var commit in (log ?? "").Split('\u001e', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = commit.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length == 0 || !DateOnly.TryParseExact(lines[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) continue;
            foreach (var file in lines.Skip(1)) dates.TryAdd(file, date);
        }

        return new GitHistory(root, false, dates);
    }

    /// <summary>The path git uses for <paramref name="fullPath"/>: relative to the repository, forward slashes.</summary>
    public string PathInRepository(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    public DateOnly? LastChanged(string fullPath) =>
        _lastChanged.TryGetValue(PathInRepository(fullPath), out var date) ? date : null;

    private static string? FindRoot(string dir)
    {
        for (var current = new DirectoryInfo(dir); current is not null; current = current.Parent)
        {
            if (Directory.Exists(Path.Combine(current.FullName, ".git")) || File.Exists(Path.Combine(current.FullName, ".git")))
                return current.FullName;
        }

        return null;
    }

    private static string? Git(string root, params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(root);
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=off");
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Result : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
