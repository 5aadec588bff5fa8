using Handboek.Cli;

namespace Handboek.Tests.Support;

/// <summary>Runs the <c>handboek</c> command in process with a fixed clock and only the given environment variables.</summary>
public static class CliRun
{
    public static (int Code, string Output, string Error) Run(params string[] args) => Run(new Dictionary<string, string>(), args);

    public static (int Code, string Output, string Error) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = CliApp.Run(args, output, error, FixedClock.Default, name => environment.GetValueOrDefault(name));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The environment of a GitHub Actions run that writes its step summary to <paramref name="summaryFile"/>.</summary>
    public static Dictionary<string, string> OnActions(string summaryFile) =>
        new() { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summaryFile };
}
