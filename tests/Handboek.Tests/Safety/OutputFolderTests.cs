using Handboek.Building;
using Handboek.Cli;
using Handboek.Tests.Support;

namespace Handboek.Tests.Safety;

/// <summary>No command deletes a file Handboek did not write, whatever folder the user types after --output.</summary>
public class OutputFolderTests
{
    private static (int Code, string Error) Build(string input, string output)
    {
        var (code, _, error) = CliRun.Run("build", "--input", input, "--output", output);
        return (code, error);
    }

    [Fact]
    public void A_folder_with_other_files_is_refused_before_anything_is_touched()
    {
        using var project = new TempFolder().CopyFrom(RepoPaths.SpecBasis, "input");
        project.Write("docs/README.md", "# Onze documentatie").Write("docs/.git/HEAD", "ref: refs/heads/main");
        var before = FolderSnapshot.Of(project.Path);

        var (code, error) = Build(project["input"], project["docs"]);

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("bestaat al en is niet door Handboek gemaakt", error);
        Assert.Equal(before, FolderSnapshot.Of(project.Path));
    }

    [Theory]
    [InlineData("input")]
    [InlineData("input/kaarten")]
    [InlineData(".")]
    public void The_input_folder_itself_a_folder_inside_it_or_a_folder_around_it_is_refused(string output)
    {
        using var project = new TempFolder().CopyFrom(RepoPaths.SpecBasis, "input");
        var before = FolderSnapshot.Of(project.Path);

        var (code, error) = Build(project["input"], Path.Combine(project.Path, output));

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("dat Handboek leest", error);
        Assert.Equal(before, FolderSnapshot.Of(project.Path));
    }

    [Fact]
    public void The_root_of_the_disk_and_a_file_are_refused()
    {
        using var project = new TempFolder().CopyFrom(RepoPaths.SpecBasis, "input").Write("notities.txt", "bewaren");

        Assert.Equal(CliApp.UsageError, Build(project["input"], Path.GetPathRoot(project.Path)!).Code);
        Assert.Equal(CliApp.UsageError, Build(project["input"], project["notities.txt"]).Code);
        Assert.Equal("bewaren", File.ReadAllText(project["notities.txt"]));
    }

    [Fact]
    public void An_output_that_is_a_link_is_refused_and_its_target_left_alone()
    {
        using var project = new TempFolder().CopyFrom(RepoPaths.SpecBasis, "input").Write("elders/bewaren.txt", "bewaren");
        Directory.CreateSymbolicLink(project["_site"], project["elders"]);

        Assert.Equal(CliApp.UsageError, Build(project["input"], project["_site"]).Code);
        Assert.Equal("bewaren", File.ReadAllText(project["elders/bewaren.txt"]));
    }

    [Fact]
    public void Serve_refuses_a_preview_folder_with_other_files()
    {
        using var project = new TempFolder().CopyFrom(RepoPaths.SpecBasis, "input").Write("docs/README.md", "# Houden");

        var (code, _, error) = CliRun.Run("serve", "--input", project["input"], "--output", project["docs"], "--port", "0");

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("niet door Handboek gemaakt", error);
        Assert.Equal("# Houden", File.ReadAllText(project["docs/README.md"]));
    }

    [Fact]
    public void A_site_carries_the_marker_that_lets_the_next_build_replace_it_and_an_older_site_is_recognised()
    {
        using var project = new TempFolder().CopyFrom(RepoPaths.SpecBasis, "input");
        Assert.Equal(CliApp.Ok, Build(project["input"], project["_site"]).Code);
        Assert.Equal(CliApp.Ok, Build(project["input"], project["_site"]).Code);
        Assert.True(File.Exists(project["_site/" + OutputFolder.MarkerName]));

        // A site built before the marker existed: Handboek's own stylesheet and JSON are there.
        File.Delete(project["_site/" + OutputFolder.MarkerName]);
        File.Delete(project["._site.werk/" + OutputFolder.MarkerName]);
        Assert.Equal(CliApp.Ok, Build(project["input"], project["_site"]).Code);
    }

    [Fact]
    public void After_a_kill_between_the_two_moves_of_the_swap_the_next_build_restores_the_complete_site()
    {
        using var project = new TempFolder().CopyFrom(RepoPaths.SpecBasis, "input");
        var site = project["_site"];
        Assert.Equal(CliApp.Ok, Build(project["input"], site).Code);
        var complete = FolderSnapshot.Of(site);
        // Killed after the live site was moved aside and before the new one took its place.
        Directory.Move(site, OutputFolder.PreviousDir(site));

        // The next build has an input error, so it writes nothing new: what is there is what recovery restored.
        project.Write("input/kaarten/onderwijs/kapot.md", "geen front matter");
        Assert.Equal(CliApp.InputErrors, Build(project["input"], site).Code);

        Assert.Equal(complete, FolderSnapshot.Of(site));
        Assert.False(Directory.Exists(OutputFolder.PreviousDir(site)));
    }

    [Fact]
    public async Task A_second_build_into_the_same_folder_waits_for_the_first()
    {
        using var project = new TempFolder().CopyFrom(RepoPaths.SpecBasis, "input");
        var site = project["_site"];
        Task<BuildResult> second;
        using (BuildLock.Take(OutputFolder.LockFile(site)))
        {
            second = Task.Run(() => HandbookBuilder.Build(Builds.Options(project["input"]), site));
            // A build of this small handbook takes well under a second; holding the lock keeps it from writing at all.
            Assert.NotSame(second, await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(3))));
            Assert.False(Directory.Exists(site));
        }

        Assert.True((await second).Succeeded);
        Assert.True(File.Exists(Path.Combine(site, "kaarten/schoolgids/index.html")));
    }
}
