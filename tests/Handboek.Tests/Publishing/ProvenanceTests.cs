using System.Xml.Linq;
using Handboek.Cli;
using Handboek.Tests.Support;
using static Handboek.Tests.Support.CliRun;

namespace Handboek.Tests.Publishing;

/// <summary>"Laatst gewijzigd", /wijzigingen/ and its Atom feed come from git; a shallow clone shows none of it, and says so.</summary>
public class ProvenanceTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void A_card_shows_its_last_commit_and_the_changes_page_lists_the_latest_first()
    {
        using var repository = History();
        using var site = new BuiltSite(repository.Input);

        var card = site.Html("kaarten/schoolgids/index.html");
        var changed = card.QuerySelector(".laatst-gewijzigd")!;
        Assert.Equal("2 maart 2026: Schoolgids in juni laten vaststellen (wijziging " + Short(repository, 0) + ")", changed.TextContent);
        Assert.Equal("2026-03-02T10:00:00+01:00", changed.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal($"https://github.com/testbestuur/handboek/commit/{Hash(repository, 0)}", changed.QuerySelector("a")!.GetAttribute("href"));

        var entries = site.Html("wijzigingen/index.html").QuerySelectorAll(".wijzigingenlijst > li");
        Assert.Equal(2, entries.Length);
        Assert.StartsWith("2 maart 2026: Schoolgids in juni laten vaststellen", entries[0].TextContent.Trim());
        Assert.Equal(["/kaarten/schoolgids/"], entries[0].QuerySelectorAll("ul a").Select(a => a.GetAttribute("href")));
        Assert.Contains("handboek.yml", entries[1].TextContent);
    }

    [Fact]
    public void The_atom_feed_has_one_entry_per_commit_newest_first()
    {
        using var repository = History();
        using var site = new BuiltSite(repository.Input);

        var feed = XDocument.Parse(site.Text("wijzigingen/atom.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("2026-03-02T10:00:00+01:00", feed.Element(Atom + "updated")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Schoolgids in juni laten vaststellen", "Handboek opgezet"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("Gewijzigd: Schoolgids", entries[0].Element(Atom + "summary")!.Value);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public void A_shallow_clone_shows_no_dates_and_the_build_log_says_why()
    {
        using var repository = History();
        using var clone = repository.ShallowClone();
        using var output = new TempFolder();
        var input = Path.Combine(clone.Path, "repo", "input");

        var (code, stdout, _) = Run("build", "--input", input, "--output", output["site"]);

        Assert.Equal(CliApp.Ok, code);
        Assert.Contains(CliApp.ShallowCloneNote, stdout);
        using var site = new BuiltSite(input);
        Assert.Null(site.Html("kaarten/schoolgids/index.html").QuerySelector(".laatst-gewijzigd"));
        Assert.Contains("shallow clone", site.Html("wijzigingen/index.html").QuerySelector(".melding")!.TextContent);
        Assert.Empty(XDocument.Parse(site.Text("wijzigingen/atom.xml")).Root!.Elements(Atom + "entry"));
    }

    [Fact]
    public void A_full_history_prints_no_shallow_note()
    {
        using var repository = History();
        using var output = new TempFolder();

        var (_, stdout, _) = Run("build", "--input", repository.Input, "--output", output["site"]);

        Assert.DoesNotContain(CliApp.ShallowCloneNote, stdout);
    }

    private static GitRepository History()
    {
        var repository = new GitRepository();
        repository.Write("input/handboek.yml", "naam: Stichting Testbestuur\nbasis_url: https://handboek.test.nl/\nrepository: https://github.com/testbestuur/handboek\nschooljaar: \"2026-2027\"\n");
        repository.Commit("Handboek opgezet", "2026-01-15T09:00:00+01:00");
        var card = File.ReadAllText(repository["input/kaarten/onderwijs/schoolgids.md"]);
        repository.Write("input/kaarten/onderwijs/schoolgids.md", card.Replace("kalendermoment: juni", "kalendermoment: 15 juni"));
        return repository.Commit("Schoolgids in juni laten vaststellen", "2026-03-02T10:00:00+01:00");
    }

    private static string Hash(GitRepository repository, int back) => repository.Git("rev-parse", $"HEAD~{back}").Trim();

    private static string Short(GitRepository repository, int back) => Hash(repository, back)[..7];
}
