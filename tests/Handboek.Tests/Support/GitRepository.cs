using System.Diagnostics;

namespace Handboek.Tests.Support;

/// <summary>A git repository in a temp folder holding a handbook under input/ (the spec handbook unless told), with commits at fixed dates.</summary>
public sealed class GitRepository : IDisposable
{
    private readonly TempFolder _folder = new();

    public GitRepository(string? input = null)
    {
        _folder.CopyFrom(input ?? RepoPaths.SpecBasis, "input");
        Git("init", "--quiet", "--initial-branch=main");
    }

    public string Path => _folder.Path;

    public string Input => _folder["input"];

    public string this[string relative] => _folder[relative];

    public GitRepository Write(string relative, string content)
    {
        _folder.Write(relative, content);
        return this;
    }

    /// <summary>Commits everything with author and committer date <paramref name="date"/> (ISO 8601).</summary>
    public GitRepository Commit(string message, string date)
    {
        Git("add", "--all");
        Git(new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date }, "commit", "--quiet", "-m", message);
        return this;
    }

    /// <summary>A clone with only the last commit, as CI services make.</summary>
    public TempFolder ShallowClone()
    {
        var clone = new TempFolder();
        Git("clone", "--quiet", "--depth", "1", new Uri(Path).AbsoluteUri, System.IO.Path.Combine(clone.Path, "repo"));
        return clone;
    }

    public string Git(params string[] args) => Git(new Dictionary<string, string>(), args);

    private string Git(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-c", "user.name=Kwaliteitszorg", "-c", "user.email=kwaliteit@example.org", "-c", "commit.gpgsign=false" }.Concat(args))
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)}: {error.Result}");
        return output.Result;
    }

    public void Dispose() => _folder.Dispose();
}
