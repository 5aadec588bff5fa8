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
    private readonly Dictionary<string, Commit> _lastChange;
    private readonly Dictionary<string, int> _changes;

    private GitHistory(string root, bool shallow, IReadOnlyList<Commit> commits)
    {
        Root = root;
        IsShallow = shallow;
        Commits = commits;
        _lastChange = new Dictionary<string, Commit>(StringComparer.Ordinal);
        _changes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var commit in commits)
        {
            foreach (var file in commit.Files)
            {
                _lastChange.TryAdd(file, commit);
                _changes[file] = _changes.GetValueOrDefault(file) + 1;
            }
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

        // NUL-separated (-z), with an empty field before each commit: a subject or file name can hold any character but NUL.
        var log = Git(root, "log", "-z", "--format=%x00%H%x00%aI%x00%s", "--name-only", "--", Path.GetRelativePath(root, inputDir));
        return new GitHistory(root, false, Parse(log ?? ""));
    }

    /// <summary>
    /// The folder <paramref name="dir"/> as the repository names it ("input"), as the form editor and the edit links
    /// address files; outside a git checkout the contract's layout: input/ at the top.
    /// </summary>
    public static string FolderInRepository(string dir) =>
        FindRoot(dir) is { } root ? Path.GetRelativePath(root, dir).Replace('\\', '/') : "input";

    /// <summary>The path git uses for <paramref name="fullPath"/>: relative to the repository, forward slashes.</summary>
    public string PathInRepository(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>The newest commit that changed the file, or null when it has none (new, or shallow clone).</summary>
    public Commit? LastChange(string fullPath) => _lastChange.GetValueOrDefault(PathInRepository(fullPath));

    /// <summary>How many commits changed the file: it only grows, so agendas can tell a newer version of an event.</summary>
    public int ChangeCount(string fullPath) => _changes.GetValueOrDefault(PathInRepository(fullPath));

    /// <summary>
    /// Reads <c>\0hash\0date\0subject\0</c> followed by the commit's files, each ended by NUL (the first after a line
    /// break). A commit whose hash or date is not what git writes is skipped, so no subject can forge one.
    /// </summary>
    internal static List<Commit> Parse(string log)
    {
        var commits = new List<Commit>();
        var fields = log.Split('\0');
        for (var i = 0; i + 3 < fields.Length; i++)
        {
            if (fields[i].Length != 0 || !IsFullHash(fields[i + 1])
                || !DateTimeOffset.TryParseExact(fields[i + 2], "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                continue;
            }

            var files = new List<string>();
            var next = i + 4;
            for (; next < fields.Length && fields[next].Length > 0; next++)
                files.Add(files.Count == 0 ? fields[next].TrimStart('\n') : fields[next]);
            commits.Add(new Commit(fields[i + 1], date, WithoutControlCharacters(fields[i + 3]), files));
            i = next - 1;
        }

        return commits;
    }

    private static bool IsFullHash(string text) => text.Length is 40 or 64 && text.All(char.IsAsciiHexDigitLower);

    /// <summary>A subject is shown on pages and in the Atom feed: a control character there is at best invisible, at worst breaks XML.</summary>
    private static string WithoutControlCharacters(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c)).Trim();

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
