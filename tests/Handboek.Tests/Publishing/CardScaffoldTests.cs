using System.Text.RegularExpressions;
using Handboek.Cli;
using Handboek.Loading;
using Handboek.Tests.Support;
using static Handboek.Tests.Support.CliRun;

namespace Handboek.Tests.Publishing;

/// <summary><c>handboek nieuw</c>: a new card with every key explained, that <c>check</c> accepts as a concept untouched.</summary>
public partial class CardScaffoldTests
{
    [Fact]
    public void A_title_of_two_lines_is_refused_and_a_very_long_one_gets_an_id_that_fits_and_passes_check()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        var longTitle = string.Join(' ', Enumerable.Repeat("kwaliteitszorg", 13));

        var (twoLines, _, error) = Run("nieuw", "Schoolgids\n::error::vals", "--input", input.Path);
        var (longCode, _, _) = Run("nieuw", longTitle, "--input", input.Path);

        Assert.Equal(CliApp.UsageError, twoLines);
        Assert.Contains("één regel", error);
        Assert.Equal(CliApp.Ok, longCode);
        var card = Assert.Single(Directory.GetFiles(input["kaarten"], "kwaliteitszorg-*.md"));
        Assert.True(Path.GetFileNameWithoutExtension(card).Length <= Ids.MaxLength);
        Assert.Equal(CliApp.Ok, Run("check", "--input", input.Path).Code);
    }

    [Fact]
    public void The_new_card_passes_check_untouched_and_is_built_as_a_concept()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);

        var (code, output, _) = Run("nieuw", "Ondersteuningsprofiel: actualiseren", "--categorie", "Passend onderwijs", "--input", input.Path);

        Assert.Equal(CliApp.Ok, code);
        var file = input["kaarten/passend-onderwijs/ondersteuningsprofiel-actualiseren.md"];
        Assert.Contains("kaarten/passend-onderwijs/ondersteuningsprofiel-actualiseren.md (status concept)", output);
        Assert.True(File.Exists(file));

        var (checkCode, checkOutput, checkErrors) = Run("check", "--input", input.Path);
        Assert.Equal(CliApp.Ok, checkCode);
        Assert.Equal("", checkErrors);
        Assert.StartsWith("Geen fouten in 2 kaarten", checkOutput);

        using var site = new BuiltSite(input.Path);
        var page = site.Html("kaarten/ondersteuningsprofiel-actualiseren/index.html");
        Assert.Equal("Ondersteuningsprofiel: actualiseren", page.QuerySelector("h1")!.TextContent.Trim());
        var status = page.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Status").NextElementSibling!;
        Assert.Equal("Concept", status.TextContent);
    }

    [Fact]
    public void Every_front_matter_key_is_present_with_a_Dutch_explanation()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);

        Run("nieuw", "Schoolveiligheidsplan", "--input", input.Path);

        var lines = File.ReadAllLines(input["kaarten/schoolveiligheidsplan.md"]);
        foreach (var key in Handboek.Schema.InputSchema.Names(Handboek.Schema.InputSchema.Card))
        {
            var at = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal));
            Assert.True(at > 0, $"sleutel '{key}' ontbreekt");
            // A key explained together with the keys right above it ("geraadpleegd", "geinformeerd") counts.
            var explanation = lines[..at].Reverse().SkipWhile(l => KeyLine().IsMatch(l)).First();
            Assert.True(explanation.StartsWith("# ", StringComparison.Ordinal), $"sleutel '{key}' heeft geen uitleg");
        }

        Assert.Contains("status: concept", lines);
    }

    [Fact]
    public void An_existing_card_is_never_overwritten()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);

        var (code, _, error) = Run("nieuw", "Schoolgids", "--categorie", "onderwijs", "--input", input.Path);

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("bestaat al", error);
        Assert.Contains("titel: Schoolgids", File.ReadAllText(input["kaarten/onderwijs/schoolgids.md"]));
        Assert.DoesNotContain("status: concept", File.ReadAllText(input["kaarten/onderwijs/schoolgids.md"]));
    }

    [GeneratedRegex("^[a-z_]+:")]
    private static partial Regex KeyLine();
}
