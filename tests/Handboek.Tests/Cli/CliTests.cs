using Handboek.Cli;
using Handboek.Tests.Support;
using static Handboek.Tests.Support.CliRun;

namespace Handboek.Tests.Cli;

public class CliTests
{
    [Fact]
    public void Check_of_the_example_handbook_exits_0()
    {
        var (code, output, error) = Run("check", "--input", RepoPaths.Input);

        Assert.Equal(CliApp.Ok, code);
        Assert.Equal("", error);
        Assert.StartsWith("Geen fouten in 26 kaarten (schooljaar 2026-2027)", output);
    }

    [Fact]
    public void Schema_writes_the_card_schema_where_asked_and_replaces_only_its_own()
    {
        using var output = new TempFolder();
        output.Write("notities.json", "{\"mijn\": \"notities\"}");

        var (code, stdout, _) = Run("schema", "--input", RepoPaths.Input, "--uitvoer", output["kaart.schema.json"]);
        var (again, _, _) = Run("schema", "--input", RepoPaths.Input, "--uitvoer", output["kaart.schema.json"]);
        var (refused, _, error) = Run("schema", "--input", RepoPaths.Input, "--uitvoer", output["notities.json"]);

        Assert.Equal((CliApp.Ok, CliApp.Ok, CliApp.UsageError), (code, again, refused));
        Assert.Contains("Schema geschreven naar", stdout);
        Assert.Contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", File.ReadAllText(output["kaart.schema.json"]));
        Assert.Contains("geen schema van Handboek", error);
        Assert.Equal("{\"mijn\": \"notities\"}", File.ReadAllText(output["notities.json"]));
    }

    [Fact]
    public void Counts_are_singular_for_one()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        using var output = new TempFolder();

        var (_, checkOutput, _) = Run("check", "--input", input.Path);
        var (_, buildOutput, _) = Run("build", "--input", input.Path, "--output", output["site"]);

        Assert.StartsWith("Geen fouten in 1 kaart (schooljaar 2026-2027)", checkOutput);
        Assert.Contains(", 1 kaart, schooljaar 2026-2027", buildOutput);
    }

    [Fact]
    public void Build_with_tijden_prints_each_phase_each_output_kind_and_the_slowest_templates()
    {
        using var output = new TempFolder();

        var (code, stdout, _) = Run("build", "--input", RepoPaths.Input, "--output", output["site"], "--tijden");
        var (_, plain, _) = Run("build", "--input", RepoPaths.Input, "--output", output["zonder"]);

        Assert.Equal(CliApp.Ok, code);
        var lines = stdout.Split('\n');
        Assert.Contains(lines, l => l.TrimStart().StartsWith("laden", StringComparison.Ordinal) && l.EndsWith(" ms", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("maken en schrijven", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Geheugen: ", StringComparison.Ordinal));
        Assert.Matches(@"\nVertaald tijdens het bouwen \(JIT\): [1-9][0-9]* methoden, ", stdout);
        // Every card page is counted under its output: 26 cards in the example.
        Assert.Matches(@"\n  CardPages +26 ", stdout);
        var templates = lines.SkipWhile(l => !l.StartsWith("De tien traagste sjablonen", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, templates.Count);
        Assert.Contains(templates, t => t.TrimStart().StartsWith("layouts/basis.html", StringComparison.Ordinal));
        Assert.DoesNotContain("Fasen", plain);
    }

    [Fact]
    public void Check_prints_every_problem_as_path_line_column_and_exits_1()
    {
        using var input = BrokenInput();

        var (code, output, error) = Run("check", "--input", input.Path);

        Assert.Equal(CliApp.InputErrors, code);
        Assert.Equal(
            [
                $"{input.Path}/kaarten/onderwijs/kaart.md:4:11: fout: onbekende rol 'directuer'; bedoelde je 'directeur'?",
                $"{input.Path}/kaarten/onderwijs/kaart.md:6:17: fout: 30 februari bestaat niet",
            ],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("2 fouten, 0 waarschuwingen gevonden.", output.Trim());
    }

    [Fact]
    public void Build_writes_the_site_and_exits_0()
    {
        using var output = new TempFolder();

        var (code, stdout, _) = Run("build", "--input", RepoPaths.Input, "--output", output["site"], "--schooljaar", "2027-2028");

        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("26 kaarten, schooljaar 2027-2028", stdout);
        Assert.True(File.Exists(output["site/kaarten/schoolplan/index.html"]));
    }

    [Fact]
    public void Build_with_errors_exits_1_and_says_nothing_was_written()
    {
        using var input = BrokenInput();
        using var output = new TempFolder();

        var (code, stdout, _) = Run("build", "-i", input.Path, "-o", output["site"]);

        Assert.Equal(CliApp.InputErrors, code);
        Assert.Contains("er is niets geschreven", stdout);
        Assert.False(Directory.Exists(output["site"]));
    }

    [Theory]
    [InlineData("build", "--schooljaar", "2026")]
    [InlineData("bouw")]
    [InlineData("check", "--onbekend")]
    public void Wrong_usage_exits_2_with_a_hint(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("handboek --help", error);
    }

    [Fact]
    public void On_GitHub_Actions_every_problem_is_also_a_workflow_command_and_the_summary_lists_them()
    {
        using var input = BrokenInput();
        var summary = input["samenvatting.md"];
        var environment = CliRun.OnActions(summary);

        var (code, output, _) = Run(environment, "check", "--input", input.Path);

        Assert.Equal(CliApp.InputErrors, code);
        Assert.Equal(
            [
                $"::error file={input.Path}/kaarten/onderwijs/kaart.md,line=4,col=11::onbekende rol 'directuer'; bedoelde je 'directeur'?",
                $"::error file={input.Path}/kaarten/onderwijs/kaart.md,line=6,col=17::30 februari bestaat niet",
            ],
            output.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)));
        var markdown = File.ReadAllLines(summary);
        Assert.Equal("## Handboek check", markdown[0]);
        Assert.Contains("2 fouten, 0 waarschuwingen gevonden.", markdown);
        Assert.Contains($"| ❌ fout | `{input.Path}/kaarten/onderwijs/kaart.md:6:17` | 30 februari bestaat niet |", markdown);
    }

    [Fact]
    public void Outside_GitHub_Actions_no_workflow_commands_are_printed()
    {
        using var input = BrokenInput();

        var (_, output, _) = Run("check", "--input", input.Path);

        Assert.DoesNotContain("::error", output);
    }

    [Fact]
    public void Workflow_commands_escape_what_would_end_the_command_early()
    {
        var diagnostic = new Handboek.Diagnostics.Diagnostic(new Handboek.Diagnostics.SourceLocation("a,b:c.md", 2, 3), Handboek.Diagnostics.Severity.Warning, "100% klaar\nof niet");

        Assert.Equal("::warning file=a%2Cb%3Ac.md,line=2,col=3::100%25 klaar%0Aof niet",
            Handboek.Cli.GitHub.WorkflowAnnotations.Command(diagnostic, "a,b:c.md"));
    }

    private static TempFolder BrokenInput() =>
        new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("kaarten/onderwijs/kaart.md", "---\ntitel: Kaart\nniveau: school\neigenaar: directuer\nverantwoordelijke_rol: directeur\nkalendermoment: 30 februari\n---\n");
}
