using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Handboek.Provenance;

/// <summary>One commit that changed the input: author date, first line of the message, the files it touched.</summary>
/// <param name="Files">Paths as git gives them: relative to the repository, forward slashes.</param>
public sealed record Commit(string Hash, DateTimeOffset Date, string Message, IReadOnlyList<string> Files)
{
    public string ShortHash => Hash[..7];
}

/// <summary>
/// The commits that changed the input, from one <c>git log</c> over the repository that holds it. A shallow
/// clone (as many CI services make) has no trustworthy history, so it answers none.
/// </summary>
public sealed class GitHistory
{
    private const char CommitSeparator = '\u001e';
    private const char FieldSeparator = '\u001f';

    private readonly Dictionary<string, Commit> _lastChange;

    private GitHistory(string root, bool shallow, IReadOnlyList<Commit> commits)
    {
        Root = root;
        IsShallow = shallow;
        Commits = commits;
        _lastChange = new Dictionary<string, Commit>(StringComparer.Ordinal);
        foreach (var commit in commits)
        {
            foreach (var file in commit.Files) _lastChange.TryAdd(file, commit);
        }
    }

    /// <summary>The folder that holds .git.</summary>
    public string Root { get; }

    public bool IsShallow { get; }

    /// <summary>Newest first; empty for a shallow clone.</summary>
    public IReadOnlyList<Commit> Commits { get; }

    /// <returns>Null when the input is not in a git checkout or git is not installed.</returns>
    public static GitHistory? Load(string inputDir)
    {
        var root = FindRoot(inputDir);
        if (root is null) return null;

        var shallow = Git(root, "rev-parse", "--is-shallow-repository");
        if (shallow is null) return null;
        if (shallow.Trim() == "true") return new GitHistory(root, true, []);

        var log = Git(root, "log", $"--format={CommitSeparator}%H{FieldSeparator}%aI{FieldSeparator}%s", "--name-only", "--", Path.GetRelativePath(root, inputDir));
        return new GitHistory(root, false, Parse(log ?? ""));
    }

    /// <summary>The path git uses for <paramref name="fullPath"/>: relative to the repository, forward slashes.</summary>
    public string PathInRepository(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>The newest commit that changed the file, or null when it has none (new, or shallow clone).</summary>
    public Commit? LastChange(string fullPath) => _lastChange.GetValueOrDefault(PathInRepository(fullPath));

    private static List<Commit> Parse(string log)
    {
        var commits = new List<Commit>();
        foreach (var entry in log.Split(CommitSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = entry.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var fields = lines.Length == 0 ? [] : lines[0].Split(FieldSeparator);
            if (fields.Length != 3 || !DateTimeOffset.TryParse(fields[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) continue;
            commits.Add(new Commit(fields[0], date, fields[2], lines[1..]));
        }

        return commits;
    }

    internal static string? FindRoot(string dir)
    {
        for (var current = new DirectoryInfo(dir); current is not null; current = current.Parent)
        {
            if (Directory.Exists(Path.Combine(current.FullName, ".git")) || File.Exists(Path.Combine(current.FullName, ".git")))
                return current.FullName;
        }

        return null;
    }

    internal static string? Git(string root, params string[] args)
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
