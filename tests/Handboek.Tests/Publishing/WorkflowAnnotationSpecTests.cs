using System.Text.RegularExpressions;
using Handboek.Tests.Support;
using static Handboek.Tests.Support.CliRun;

namespace Handboek.Tests.Publishing;

/// <summary>
/// Every documented problem of Specs/validatie.md, as GitHub shows it in a pull request: one workflow command per
/// message, on the same file, line and column, with the same text.
/// </summary>
public partial class WorkflowAnnotationSpecTests
{
    public static TheoryData<string> Sections()
    {
        var data = new TheoryData<string>();
        foreach (var section in SpecFile.Read("validatie.md").Where(s => s.Expected is { Count: > 0 })) data.Add(section.Title);
        return data;
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Each_problem_becomes_a_workflow_command_on_its_line(string title)
    {
        var section = SpecFile.Read("validatie.md").Single(s => s.Title == title);
        using var input = SpecFile.Input(section);

        var (_, output, _) = Run(OnActions(input["samenvatting.md"]), "check", "--input", input.Path);

        var expected = section.Expected!.Select(line => Expected().Match(line)).Select(m =>
            $"::{(m.Groups["kind"].Value == "fout" ? "error" : "warning")} file={input.Path}/{m.Groups["file"].Value},line={m.Groups["line"].Value},col={m.Groups["col"].Value}::{m.Groups["message"].Value.Replace("%", "%25")}");
        Assert.Equal(
            string.Join('\n', expected),
            string.Join('\n', output.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal))));
    }

    [GeneratedRegex("^(?<file>[^:]+):(?<line>\\d+):(?<col>\\d+): (?<kind>fout|waarschuwing): (?<message>.*)$")]
    private static partial Regex Expected();
}
