using Handboek.Building;
using Handboek.Tests.Support;

namespace Handboek.Tests.Building;

/// <summary>A failed build must never cost the board its published site.</summary>
public class AtomicBuildTests
{
    [Fact]
    public void A_build_with_errors_leaves_the_previous_site_untouched()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        using var output = new TempFolder();
        var site = output["_site"];
        Assert.True(HandbookBuilder.Build(Builds.Options(input.Path), site).Succeeded);
        var before = FolderSnapshot.Of(site);

        input.Write("kaarten/onderwijs/schoolgids.md", "---\ntitel: Schoolgids\nniveau: school\neigenaar: directuer\n---\n");
        var result = HandbookBuilder.Build(Builds.Options(input.Path), site);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("directuer", StringComparison.Ordinal));
        Assert.Equal(before, FolderSnapshot.Of(site));
        AssertOnlySiteAndWorkFolder(output);
    }

    [Fact]
    public void A_successful_build_replaces_the_whole_previous_site()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        using var output = new TempFolder();
        var site = output["_site"];
        Assert.True(HandbookBuilder.Build(Builds.Options(input.Path), site).Succeeded);
        output.Write("_site/verouderd.html", "oud");

        Assert.True(HandbookBuilder.Build(Builds.Options(input.Path), site).Succeeded);

        Assert.False(File.Exists(Path.Combine(site, "verouderd.html")));
        Assert.True(File.Exists(Path.Combine(site, "kaarten/schoolgids/index.html")));
        AssertOnlySiteAndWorkFolder(output);
    }

    [Fact]
    public void A_rebuild_writes_only_the_files_that_changed_and_leaves_the_others_as_they_were()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        using var output = new TempFolder();
        var site = output["_site"];
        Assert.True(HandbookBuilder.Build(Builds.Options(input.Path), site).Succeeded);
        var unchanged = Path.Combine(site, "zoeken/index.html");
        var changed = Path.Combine(site, "kaarten/schoolgids/index.html");
        var longAgo = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(unchanged, longAgo);
        File.SetLastWriteTimeUtc(changed, longAgo);
        var card = input["kaarten/onderwijs/schoolgids.md"];
        File.WriteAllText(card, File.ReadAllText(card).Replace("titel: Schoolgids", "titel: Schoolgids en jaarkalender", StringComparison.Ordinal));

        Assert.True(HandbookBuilder.Build(Builds.Options(input.Path), site).Succeeded);

        Assert.Contains("Schoolgids en jaarkalender", File.ReadAllText(changed));
        Assert.NotEqual(longAgo, File.GetLastWriteTimeUtc(changed));
        if (!OperatingSystem.IsWindows()) Assert.Equal(longAgo, File.GetLastWriteTimeUtc(unchanged));
        AssertOnlySiteAndWorkFolder(output);
    }

    [Fact]
    public void A_rebuild_removes_the_page_of_a_deleted_card_and_a_template_failing_halfway_leaves_the_site_as_it_was()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("kaarten/onderwijs/jaarplan.md", "---\ntitel: Jaarplan\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: leerkracht\nkalendermoment: doorlopend\n---\n\nTekst.\n");
        using var output = new TempFolder();
        var site = output["_site"];
        Assert.True(HandbookBuilder.Build(Builds.Options(input.Path), site).Succeeded);
        Assert.True(HandbookBuilder.Build(Builds.Options(input.Path), site).Succeeded);
        File.Delete(input["kaarten/onderwijs/jaarplan.md"]);
        Assert.True(HandbookBuilder.Build(Builds.Options(input.Path), site).Succeeded);
        Assert.False(Directory.Exists(Path.Combine(site, "kaarten/jaarplan")));
        var before = FolderSnapshot.Of(site);

        // The work folder now holds links to files of the live site; a build that fails after rewriting some of them
        // (here: a changed card page, then the search page, rendered last) must not have written into the live files.
        var card = input["kaarten/onderwijs/schoolgids.md"];
        File.WriteAllText(card, File.ReadAllText(card).Replace("titel: Schoolgids", "titel: Schoolgids en jaarkalender", StringComparison.Ordinal));
        input.Write("theme/layouts/zoeken.html", "<p>{{ bestaat_niet }}</p>\n");
        Assert.False(HandbookBuilder.Build(Builds.Options(input.Path), site).Succeeded);

        Assert.Equal(before, FolderSnapshot.Of(site));
        AssertOnlySiteAndWorkFolder(output);
    }

    /// <summary>Besides the site at most its work folder, which the next build starts from; never a half-built site.</summary>
    private static void AssertOnlySiteAndWorkFolder(TempFolder output)
    {
        var entries = Directory.GetFileSystemEntries(output.Path).Select(Path.GetFileName).ToList();
        Assert.Contains("_site", entries);
        Assert.Empty(entries.Except(["_site", "._site.werk", "._site.slot"]));
    }
}
