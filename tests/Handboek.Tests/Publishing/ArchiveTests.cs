using Handboek.Building;
using Handboek.Tests.Support;

namespace Handboek.Tests.Publishing;

/// <summary><c>build --archief</c>: last school years' handbooks from the git history, each as it stood on 31 July.</summary>
public sealed class ArchiveTests : IDisposable
{
    private const string Card = "input/kaarten/onderwijs/schoolgids.md";
    private readonly GitRepository _repository = new();
    private readonly TempFolder _output = new();

    public ArchiveTests()
    {
        Edit("kalendermoment: juni", "kalendermoment: mei");
        _repository.Commit("Schoolgids in mei", "2025-03-10T10:00:00+01:00");
        Edit("kalendermoment: mei", "kalendermoment: april");
        _repository.Commit("Schoolgids in april, na de zomer", "2025-09-01T10:00:00+02:00");
        Edit("kalendermoment: april", "kalendermoment: juni");
        _repository.Commit("Schoolgids weer in juni", "2026-05-01T10:00:00+02:00");
        _repository.Write("input/kaarten/onderwijs/burgerschap.md", "---\ntitel: Burgerschap\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: directeur\nkalendermoment: oktober\n---\n");
        _repository.Commit("Burgerschap erbij", "2026-10-01T10:00:00+02:00");
    }

    public void Dispose()
    {
        _repository.Dispose();
        _output.Dispose();
    }

    [Fact]
    public void Each_earlier_year_is_built_as_it_stood_on_31_July_with_a_banner_and_what_changed_since()
    {
        var result = HandbookBuilder.Build(Builds.Options(_repository.Input) with { Archive = true }, _output["site"]);
        var site = _output["site"];

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("archief gemaakt voor 2025-2026, 2024-2025", result.Archive);
        // 2024-2025 ended with the March commit (mei); 2025-2026 with the May commit (juni), not September's april.
        Assert.Contains("Mei 2025", Whats(site, "archief/2024-2025/kalender/index.html"));
        Assert.Contains("Juni 2026", Whats(site, "archief/2025-2026/kalender/index.html"));
        Assert.False(File.Exists(Path.Combine(site, "archief/2025-2026/kaarten/burgerschap/index.html")));
        var archived = Parse(site, "archief/2024-2025/kaarten/schoolgids/index.html");
        Assert.Equal("Archief: dit gold in 2024-2025. Naar het handboek van nu", archived.QuerySelector(".archief-banner")!.TextContent.Trim());
        Assert.Equal("/", archived.QuerySelector(".archief-banner a")!.GetAttribute("href"));
        Assert.Null(archived.QuerySelector("[data-pagefind-body]"));
        Assert.Equal("/archief/2024-2025/kalender/", archived.QuerySelectorAll(".hoofdnavigatie a").Single(a => a.TextContent == "Kalender").GetAttribute("href"));
        Assert.False(Directory.Exists(Path.Combine(site, "archief/2024-2025/beheer")));

        var index = Parse(site, "archief/index.html");
        Assert.Equal(["Schooljaar 2025-2026", "Schooljaar 2024-2025"], index.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Contains("kaarten: 1 nieuw", index.QuerySelectorAll("section")[0].TextContent);
        Assert.Contains("kalender: 1 moment verplaatst", index.QuerySelectorAll("section")[1].TextContent);
        Assert.Contains("Wat is er veranderd sinds 2024-2025 (in 2025-2026)", index.QuerySelectorAll("section")[1].TextContent);
    }

    [Fact]
    public void Without_git_history_the_build_says_so_and_makes_no_archive()
    {
        using var shallow = _repository.ShallowClone();

        var result = HandbookBuilder.Build(Builds.Options(Path.Combine(shallow.Path, "repo", "input")) with { Archive = true }, _output["site"]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics) + result.Refusal);
        Assert.StartsWith("archief overgeslagen: de Git-geschiedenis ontbreekt", result.Archive);
        Assert.False(Directory.Exists(Path.Combine(_output["site"], "archief")));
    }

    private static IEnumerable<string> Whats(string site, string page) =>
        Parse(site, page).QuerySelectorAll("section[data-maand]").Where(s => s.QuerySelector("li.moment") is not null).Select(s => s.QuerySelector("h2")!.TextContent);

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string site, string page) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, page)));

    private void Edit(string from, string to) => _repository.Write(Card, File.ReadAllText(_repository[Card]).Replace(from, to));
}
