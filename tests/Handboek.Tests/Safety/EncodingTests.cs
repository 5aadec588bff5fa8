using System.Text;
using System.Xml.Linq;
using Handboek.Calendar;
using Handboek.Cli;
using Handboek.Outputs;
using Handboek.Tests.Support;
using IcalCalendar = Ical.Net.Calendar;

namespace Handboek.Tests.Safety;

/// <summary>Every value leaves the model encoded for where it goes: agenda, spreadsheet, feed, log, git.</summary>
public class EncodingTests
{
    [Fact]
    public void A_bare_carriage_return_or_control_character_in_agenda_text_cannot_start_a_new_property_or_event()
    {
        const string text = "Evaluatie\rEND:VEVENT\r\nBEGIN:VEVENT\u0001";
        var bytes = IcsFormatter.Format("Kalender", "x", [new IcsEvent("a@b", new(2026, 9, 1), new(2026, 9, 2), new IcsRevision(new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero), 0, false), new IcsEventText(text, text, "https://handboek.example.nl/", ["x"]))]).ToArray();

        var ics = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain('\u0001', ics);
        Assert.Equal(ics.Split("\r\n").Length - 1, ics.Count(c => c == '\r'));
        var e = Assert.Single(IcalCalendar.Load(ics)!.Events);
        Assert.Equal("Evaluatie\nEND:VEVENT\nBEGIN:VEVENT", e.Summary);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://elders.example\")", "\"'=HYPERLINK(\"\"https://elders.example\"\")\"")]
    [InlineData("+31 20", "'+31 20")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Schoolgids; ouders", "\"Schoolgids; ouders\"")]
    public void A_csv_cell_that_a_spreadsheet_would_read_as_a_formula_stays_text(string value, string field) =>
        Assert.Equal(field, CsvFile.Field(value));

    [Fact]
    public void The_matrix_csv_of_a_card_titled_as_a_formula_has_it_as_text()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        var card = input["kaarten/onderwijs/schoolgids.md"];
        File.WriteAllText(card, File.ReadAllText(card).Replace("titel: Schoolgids", "titel: \"=1+1\""));
        using var site = new BuiltSite(input.Path);

        var rows = site.Text("rollen/matrix.csv").TrimStart('\uFEFF').Split("\r\n");
        Assert.Contains(rows, r => r.StartsWith("schoolgids;'=1+1;", StringComparison.Ordinal));
    }

    [Fact]
    public void Markup_in_an_obligation_an_abbreviation_or_a_moment_is_text_on_every_new_page_and_in_the_data()
    {
        const string Hostile = "<script>alert(1)</script>";
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("verplichtingen.yml", $"- id: gids\n  naam: \"{Hostile}\"\n  wettelijke_eis: WPO art. 99\n")
            .Write("rollen.yml", File.ReadAllText(Path.Combine(RepoPaths.SpecBasis, "rollen.yml")).Replace("- id: leerkracht", $"- id: leerkracht\n  afkortingen: [\"{Hostile}\"]"))
            .Write("kaarten/onderwijs/wat.md", $"---\ntitel: Wat\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: leerkracht\nkalendermoment:\n  - wanneer: oktober\n    wat: \"{Hostile}\"\n---\n");
        using var site = new BuiltSite(input.Path);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        foreach (var page in new[] { "verplichtingen/index.html", "onderhoud/index.html", "index.html", "scholen/noord/rollen/leerkracht/kalender/index.html" }.Where(p => File.Exists(Path.Combine(site.Dir, p))))
        {
            // Only the theme's own scripts, never one made from input.
            Assert.All(site.Html(page).QuerySelectorAll("script"), script => Assert.StartsWith("/assets/", script.GetAttribute("src")));
        }

        Assert.Contains(Hostile, site.Html("verplichtingen/index.html").QuerySelector("table.dekking")!.TextContent);
        Assert.Contains(Hostile, site.Html("onderhoud/index.html").QuerySelector("#meldingen")!.TextContent);
        // Data for scripts is JSON, read by JSON.parse and shown with textContent: the markup stays a string.
        using var words = System.Text.Json.JsonDocument.Parse(site.Text("zoeken/woorden.json"));
        Assert.Contains(Hostile.ToLowerInvariant(), words.RootElement.GetProperty("synoniemen").EnumerateObject().Select(p => p.Name));
        var moments = Directory.GetFiles(site.Dir, "momenten.json", SearchOption.AllDirectories);
        Assert.NotEmpty(moments);
        Assert.Contains(moments, f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("momenten").EnumerateArray().Any(m => m.GetProperty("wat").GetString() == Hostile));
    }

    [Fact]
    public void A_commit_subject_with_control_characters_and_markup_is_plain_text_on_pages_and_in_the_feed()
    {
        using var repository = new GitRepository();
        repository.Write("input/handboek.yml", "naam: Stichting Testbestuur\nbasis_url: https://handboek.test.nl/\nrepository: https://github.com/testbestuur/handboek\nschooljaar: \"2026-2027\"\n");
        // The separators an older parser used, a fake hash and date after them, and markup.
        repository.Commit("Schoolgids\u001e0000000\u001f2030-01-01T00:00:00+00:00\u001fvervalst\u0007 <script>x()</script>", "2026-03-02T10:00:00+01:00");
        using var site = new BuiltSite(repository.Input);

        Assert.True(site.Result.Succeeded);
        var entry = Assert.Single(site.Html("wijzigingen/index.html").QuerySelectorAll("li[id^='wijziging-']"));
        Assert.Contains("<script>x()</script>", entry.TextContent);
        Assert.Empty(entry.QuerySelectorAll("script"));
        Assert.DoesNotContain(entry.QuerySelector("strong")!.TextContent, char.IsControl);
        Assert.Equal($"wijziging-{repository.Git("rev-parse", "HEAD").Trim()[..7]}", entry.Id);
        var feed = XDocument.Parse(site.Text("wijzigingen/atom.xml"));
        Assert.Single(feed.Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")));
    }

    [Theory]
    [InlineData("--output=gewist.txt")]
    [InlineData("--list")]
    [InlineData("-o")]
    public void Diff_never_passes_a_base_that_looks_like_an_option_to_git(string reference)
    {
        using var repository = new GitRepository();
        repository.Commit("Handboek opgezet", "2026-01-15T09:00:00+01:00");
        repository.Write("gewist.txt", "blijft staan");

        var (code, _, error) = CliRun.Run("diff", "--input", repository.Input, $"--base={reference}");

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("is geen commit of branch", error);
        Assert.Equal("blijft staan", File.ReadAllText(repository["gewist.txt"]));
    }

    [Fact]
    public void On_github_actions_no_value_from_the_input_can_print_a_workflow_command()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        var card = input["kaarten/onderwijs/schoolgids.md"];
        File.WriteAllText(card, File.ReadAllText(card).Replace("niveau: school", "niveau: school\n\"x\\n::add-mask::geheim\\n::error::vals\": 1"));
        input.Write("kaarten/onderwijs/x\n::warning::vals.md", "geen front matter");
        using var summary = new TempFolder();

        var (_, output, error) = CliRun.Run(CliRun.OnActions(summary["samenvatting.md"]), "check", "--input", input.Path);

        var lines = (output + error).Split('\n');
        Assert.Contains(lines, l => l.StartsWith("::warning file=", StringComparison.Ordinal));
        Assert.All(lines.Where(l => l.StartsWith("::", StringComparison.Ordinal)), l => Assert.Matches("^::(error|warning) file=[^\\n]*,line=\\d+,col=\\d+::", l));
        Assert.DoesNotContain(lines, l => l.Contains("::add-mask::", StringComparison.Ordinal) && l.StartsWith("::add-mask", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("::error::vals", StringComparison.Ordinal) || l.StartsWith("::warning::vals", StringComparison.Ordinal));
    }

    [Fact]
    public void A_card_saved_as_windows_1252_is_an_error_at_the_first_character_that_is_not_utf8()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        var text = "---\ntitel: Co\u00f6rdinatie\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: directeur\n---\n";
        File.WriteAllBytes(input["kaarten/onderwijs/coordinatie.md"], Encoding.Latin1.GetBytes(text));

        var messages = Builds.Messages(Builds.Check(input.Path), input.Path);

        Assert.Equal(
            "kaarten/onderwijs/coordinatie.md:2:10: fout: het bestand is niet als UTF-8 opgeslagen (hier staat een teken dat geen UTF-8 is); " +
            "sla het op als UTF-8, bijvoorbeeld in Kladblok met 'Opslaan als' en codering 'UTF-8'",
            Assert.Single(messages));
    }

    [Fact]
    public void An_unexpected_fault_is_one_dutch_line_without_a_stack_trace()
    {
        var line = CliApp.Unexpected(new AggregateException(new InvalidOperationException("kapot\n   at Handboek.Iets()")));

        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("handboek: er ging iets onverwachts mis: InvalidOperationException: kapot\\n   at Handboek.Iets()", line);
        Assert.Contains("--debug", line);
    }
}
