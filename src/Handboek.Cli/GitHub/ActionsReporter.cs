using Handboek.Diagnostics;

namespace Handboek.Cli.GitHub;

/// <summary>
/// On GitHub Actions (GITHUB_ACTIONS=true): every problem once more as a workflow command, and the outcome
/// appended to the step summary file. Elsewhere it does nothing.
/// </summary>
public sealed class ActionsReporter(Func<string, string?> environment, TextWriter output)
{
    private bool OnActions => environment("GITHUB_ACTIONS") == "true";

    public void Report(string title, string outcome, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (!OnActions) return;
        foreach (var diagnostic in diagnostics)
            output.WriteLine(WorkflowAnnotations.Command(diagnostic, CliApp.DisplayPath(diagnostic.Location.File)));

        AppendSummary(WorkflowAnnotations.Summary(title, outcome, diagnostics, d => CliApp.DisplayPath(d.Location.File)));
    }

    /// <summary>Adds Markdown to the run's summary page.</summary>
    public void AppendSummary(string markdown)
    {
        if (OnActions && environment("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
            File.AppendAllText(summary, markdown + "\n");
    }
}
