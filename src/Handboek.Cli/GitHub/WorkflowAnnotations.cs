using System.Text;
using Handboek.Diagnostics;

namespace Handboek.Cli.GitHub;

/// <summary>
/// Problems in the forms GitHub Actions understands, so they appear on the changed lines of a pull request and
/// in the run's summary. Used only when GITHUB_ACTIONS=true.
/// </summary>
public static class WorkflowAnnotations
{
    /// <summary>A workflow command such as <c>::error file=input/x.md,line=3,col=7::message</c>.</summary>
    public static string Command(Diagnostic diagnostic, string displayPath)
    {
        var kind = diagnostic.Severity == Severity.Error ? "error" : "warning";
        return $"::{kind} file={Property(displayPath)},line={diagnostic.Location.Line},col={diagnostic.Location.Column}::{Data(diagnostic.Message)}";
    }

    /// <summary>The Markdown for $GITHUB_STEP_SUMMARY: the outcome in one line, then every problem.</summary>
    public static string Summary(string title, string outcome, IReadOnlyList<Diagnostic> diagnostics, Func<Diagnostic, string> displayPath)
    {
        var text = new StringBuilder().Append("## ").AppendLine(title).AppendLine().AppendLine(outcome);
        if (diagnostics.Count == 0) return text.ToString();

        text.AppendLine().AppendLine("| | Bestand | Melding |").AppendLine("|---|---|---|");
        foreach (var d in diagnostics)
        {
            var icon = d.Severity == Severity.Error ? "❌ fout" : "⚠️ waarschuwing";
            text.AppendLine($"| {icon} | `{displayPath(d)}:{d.Location.Line}:{d.Location.Column}` | {Cell(d.Message)} |");
        }

        return text.ToString();
    }

    /// <summary>The Markdown for $GITHUB_STEP_SUMMARY of <c>handboek diff</c>: the headlines, then each change.</summary>
    public static string ChangesSummary(string baseRef, IReadOnlyList<string> headlines, IReadOnlyList<string> details)
    {
        var text = new StringBuilder().AppendLine($"## Wat deze wijziging verandert (vergeleken met `{baseRef}`)").AppendLine();
        foreach (var line in headlines) text.AppendLine($"- **{Cell(line)}**");
        if (details.Count == 0) return text.ToString();

        text.AppendLine().AppendLine("<details><summary>Alle wijzigingen</summary>").AppendLine();
        foreach (var line in details) text.AppendLine($"- {Cell(line)}");
        return text.AppendLine().AppendLine("</details>").ToString();
    }

    // The escapes of the Actions toolkit: data may not hold line breaks or '%'; properties not ':' or ',' either.
    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");

    private static string Cell(string value) => value.Replace("|", "\\|").ReplaceLineEndings(" ");
}
