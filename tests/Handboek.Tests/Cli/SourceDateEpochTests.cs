using Handboek.Cli;
using Handboek.Tests.Support;

namespace Handboek.Tests.Cli;

/// <summary>"Today" from SOURCE_DATE_EPOCH: the school year a build picks and the reviews it calls overdue.</summary>
public class SourceDateEpochTests
{
    [Fact]
    public void The_epoch_decides_the_default_school_year_and_which_reviews_are_overdue()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("handboek.yml", "naam: Stichting Testbestuur\nbasis_url: https://handboek.test.nl/\n")
            .Write("kaarten/onderwijs/herzien.md", "---\ntitel: Herzien\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: directeur\nvolgende_herziening: 2027-06-30\n---\n");

        var (autumn, autumnOutput, autumnErrors) = Check(input.Path, "1796000000"); // 30 November 2026
        var (summer, summerOutput, summerErrors) = Check(input.Path, "1819000000"); // 23 August 2027

        Assert.Equal((CliApp.Ok, CliApp.Ok), (autumn, summer));
        Assert.Contains("(schooljaar 2026-2027)", autumnOutput);
        Assert.DoesNotContain("herziening", autumnErrors);
        Assert.Contains("(schooljaar 2027-2028)", summerOutput);
        Assert.Contains("de volgende herziening (2027-06-30) is verstreken", summerErrors);
    }

    [Fact]
    public void The_same_input_and_epoch_give_the_same_site_byte_for_byte()
    {
        using var output = new TempFolder();
        var environment = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1796000000" };

        Assert.Equal(CliApp.Ok, Run(environment, "build", "--input", RepoPaths.SpecBasis, "--output", output["a"]).Code);
        Assert.Equal(CliApp.Ok, Run(environment, "build", "--input", RepoPaths.SpecBasis, "--output", output["b"]).Code);

        Assert.Equal(FolderSnapshot.Of(output["a"]), FolderSnapshot.Of(output["b"]));
    }

    [Theory]
    [InlineData("morgen")]
    [InlineData("-1")]
    [InlineData("1796000000.5")]
    public void An_epoch_that_is_not_a_whole_number_of_seconds_is_refused_with_a_message(string value)
    {
        using var output = new TempFolder();

        var (code, _, error) = Run(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = value }, "build", "--input", RepoPaths.SpecBasis, "--output", output["site"]);

        Assert.Equal(CliApp.UsageError, code);
        Assert.Equal($"handboek: SOURCE_DATE_EPOCH moet een geheel aantal seconden sinds 1 januari 1970 zijn, zoals 1796000000 (nu: '{value}').", error.Trim());
        Assert.False(Directory.Exists(output["site"]));
    }

    private static (int Code, string Output, string Error) Check(string input, string epoch) =>
        Run(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = epoch }, "check", "--input", input);

    /// <summary>Without the test clock <see cref="CliRun"/> passes: only the environment says what day it is.</summary>
    private static (int Code, string Output, string Error) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = CliApp.Run(args, output, error, clock: null, name => environment.GetValueOrDefault(name));
        return (code, output.ToString(), error.ToString());
    }
}
