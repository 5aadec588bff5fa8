using Handboek.Cli;
using Handboek.Tests.Support;

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

    private static TempFolder BrokenInput() =>
        new TempFolder().CopyFrom(Path.Combine(RepoPaths.Specs, "basis"))
            .Write("kaarten/onderwijs/kaart.md", "---\ntitel: Kaart\nniveau: school\neigenaar: directuer\nverantwoordelijke_rol: directeur\nkalendermoment: 30 februari\n---\n");

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = CliApp.Run(args, output, error, FixedClock.Default);
        return (code, output.ToString(), error.ToString());
    }
}
