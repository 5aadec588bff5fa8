using System.Text.RegularExpressions;
using Handboek.Schema;
using Handboek.Scheduling;
using Handboek.Tests.Site;
using Handboek.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Handboek.Tests.Editing;

/// <summary>/beheer/ in the built example: the form editor's page and the config.yml Handboek makes for it.</summary>
public sealed class EditorOutputTests(ExampleHandbookFixture fixture) : IClassFixture<ExampleHandbookFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Role_fields_offer_exactly_the_roles_of_rollen_yml_by_name_and_store_their_id()
    {
        var roles = Site.Result.Handbook!.Roles;
        foreach (var key in new[] { "eigenaar", "verantwoordelijke_rol", "geraadpleegd", "geinformeerd", "goedkeuring" })
        {
            var options = Options(CardField(Config(Site), key));
            Assert.Equal(roles.Select(r => (r.Name, r.Id)), options);
        }

        var momentRole = List(CardField(Config(Site), "kalendermoment"), "fields").Single(f => Text(f, "name") == "rol");
        Assert.Equal(roles.Select(r => (r.Name, r.Id)), Options(momentRole));
    }

    [Fact]
    public void A_role_added_to_rollen_yml_is_a_choice_after_the_next_build()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Input, "input");
        File.AppendAllText(folder["input/rollen.yml"], "- id: vertrouwenspersoon\n  naam: Vertrouwenspersoon\n  niveau: school\n");

        using var site = new BuiltSite(folder["input"]);

        Assert.Contains(("Vertrouwenspersoon", "vertrouwenspersoon"), Options(CardField(Config(site), "eigenaar")));
        Assert.DoesNotContain(("Vertrouwenspersoon", "vertrouwenspersoon"), Options(CardField(Config(Site), "eigenaar")));
    }

    [Fact]
    public void Each_card_folder_is_a_collection_with_one_field_per_key_in_schema_order()
    {
        var collections = Collections(Config(Site)).Where(c => Text(c, "name").StartsWith("kaarten-", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            ["input/kaarten/kwaliteitszorg", "input/kaarten/onderwijs", "input/kaarten/personeel", "input/kaarten/sociale-veiligheid", "input/kaarten/verantwoording"],
            collections.Select(c => Text(c, "folder")));
        Assert.Contains("Kaarten: Sociale veiligheid", collections.Select(c => Text(c, "label")));
        foreach (var collection in collections)
        {
            Assert.Equal(InputSchema.Names(InputSchema.Card).Append("body"), Fields(collection).Select(f => Text(f, "name")));
            Assert.Equal(InputSchema.Card.Where(k => k.Required).Select(k => k.Name), Fields(collection).Where(f => Text(f, "required") == "true").Select(f => Text(f, "name")));
        }
    }

    [Fact]
    public void Medezeggenschap_offers_only_participation_bodies_and_the_law_comes_from_wetten_yml()
    {
        var handbook = Site.Result.Handbook!;

        var bodies = List(CardField(Config(Site), "medezeggenschap"), "fields").Select(f => Text(f, "name"));
        var laws = Options(List(CardField(Config(Site), "wettelijke_eis"), "fields").Single(f => Text(f, "name") == "wet"));

        Assert.Equal(handbook.Roles.Where(r => r.IsParticipationBody).Select(r => r.Id), bodies);
        Assert.Equal(handbook.Laws.Select(l => l.Id).Append("geen"), laws.Select(l => l.Value));
        Assert.Equal(handbook.Standards.Select(s => s.Code), Options(CardField(Config(Site), "inspectiekader")).Select(o => o.Value));
        Assert.Equal(fixture.CardIds, Options(CardField(Config(Site), "gerelateerd")).Select(o => o.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_card_collection_offers_every_card_as_related_and_the_list_is_written_once()
    {
        var collections = Collections(Config(Site)).Where(c => Text(c, "name").StartsWith("kaarten-", StringComparison.Ordinal)).ToList();

        Assert.Equal(5, collections.Count);
        foreach (var collection in collections)
        {
            var related = Fields(collection).Single(f => Text(f, "name") == "gerelateerd");
            Assert.Equal(fixture.CardIds, Options(related).Select(o => o.Value).Order(StringComparer.Ordinal));
        }

        // An anchor on the first list and an alias in the other collections: a handbook of 10,000 cards wrote 5 MB.
        var text = Site.Text("beheer/config.yml");
        var firstCard = Site.Result.Handbook!.Cards.MinBy(c => c.Title, StringComparer.Ordinal)!;
        Assert.Single(Regex.Matches(text, $"value: {Regex.Escape(firstCard.Id)}\n"));
    }

    [Fact]
    public void Saves_go_to_the_repository_and_branch_of_handboek_yml_as_pull_requests_with_Dutch_messages()
    {
        var config = Config(Site);
        var backend = (YamlMappingNode)config["backend"];

        Assert.Equal(("github", "polderkracht/kwaliteitshandboek", "main"), (Text(backend, "name"), Text(backend, "repo"), Text(backend, "branch")));
        Assert.Equal("editorial_workflow", Text(config, "publish_mode"));
        Assert.Equal("nl", Text(config, "locale"));
        Assert.Equal("{{collection}} {{slug}} bijgewerkt", Text((YamlMappingNode)backend["commit_messages"], "update"));
        Assert.False(config.Children.ContainsKey("local_backend"));
        Assert.Equal(
            ["input/handboek.yml", "input/rollen.yml", "input/scholen.yml", "input/wetten.yml", "input/standaarden.yml", "input/categorieen.yml"],
            List(Collections(config).Single(c => Text(c, "name") == "gegevens"), "files").Select(f => Text(f, "file")));
    }

    [Fact]
    public void Without_a_GitHub_repository_the_page_says_what_to_set_and_the_form_still_works_with_serve()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Input, "input");
        var settings = File.ReadAllText(folder["input/handboek.yml"]);
        File.WriteAllText(folder["input/handboek.yml"], settings.Replace("repository: https://github.com/polderkracht/kwaliteitshandboek\n", ""));

        using var site = new BuiltSite(folder["input"]);

        Assert.Contains("handboek.yml noemt geen GitHub-repository", site.Html("beheer/index.html").QuerySelector("[role=note]")!.TextContent);
        Assert.Equal(3, site.Html("beheer/index.html").QuerySelectorAll("script").Length);
        Assert.False(((YamlMappingNode)Config(site)["backend"]).Children.ContainsKey("repo"));
        Assert.Null(Site.Html("beheer/index.html").QuerySelector("[role=note]"));
    }

    [Fact]
    public void The_page_loads_only_the_sites_own_scripts_and_stays_out_of_search_and_the_sitemap()
    {
        var page = Site.Html("beheer/index.html");

        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var scripts = page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")!).ToList();
        Assert.Equal(["/beheer/decap-cms.js", "/beheer/js-yaml.min.js", "/assets/beheer.js"], scripts);
        Assert.All(scripts, s => Assert.True(File.Exists(Path.Combine(Site.Dir, s.TrimStart('/'))), s));
        Assert.Empty(page.QuerySelectorAll("[data-pagefind-body]"));
        Assert.DoesNotContain("/beheer/", Site.Text("sitemap.xml"));
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(Site.Dir, "beheer")), f => f.EndsWith(".map", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("oktober")]
    [InlineData("Oktober")]
    [InlineData("okt.")]
    [InlineData("15 maart")]
    [InlineData("vóór 1 juli")]
    [InlineData("voor 1 juli")]
    [InlineData("uiterlijk 15 juli")]
    [InlineData("maart t/m juni")]
    [InlineData("10 t/m 31 januari")]
    [InlineData("10 januari - 31 januari")]
    [InlineData("week 6")]
    [InlineData("elke maand")]
    [InlineData("doorlopend")]
    [InlineData("bij voorval")]
    [InlineData("begin schooljaar")]
    [InlineData("vóór de herfstvakantie")]
    [InlineData("week voor de meivakantie")]
    [InlineData("eerste week na de zomervakantie")]
    public void The_wanneer_field_accepts_what_the_card_reader_accepts(string when)
    {
        Assert.True(WhenParser.TryParse(when, out _, out var error), error);
        Assert.Matches(WhenParser.FormPattern, when);
    }

    [Theory]
    [InlineData("oktobr")]
    [InlineData("vóór juli")]
    [InlineData("in de herfst")]
    [InlineData("week")]
    [InlineData("1 t/m 2 t/m 3 maart")]
    [InlineData("na de herfstvakanties")]
    public void The_wanneer_field_refuses_what_the_card_reader_refuses(string when)
    {
        Assert.False(WhenParser.TryParse(when, out _, out _));
        Assert.DoesNotMatch(WhenParser.FormPattern, when);
    }

    private static YamlMappingNode Config(BuiltSite site)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(site.Text("beheer/config.yml")));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> List(YamlMappingNode node, string key) => ((YamlSequenceNode)node[key]).Children.Cast<YamlMappingNode>();

    private static IEnumerable<YamlMappingNode> Collections(YamlMappingNode config) => List(config, "collections");

    private static IEnumerable<YamlMappingNode> Fields(YamlMappingNode collection) => List(collection, "fields");

    private static YamlMappingNode CardField(YamlMappingNode config, string name) =>
        Fields(Collections(config).First(c => Text(c, "name").StartsWith("kaarten-", StringComparison.Ordinal))).Single(f => Text(f, "name") == name);

    private static List<(string Label, string Value)> Options(YamlMappingNode field) =>
        [.. ((YamlSequenceNode)field["options"]).Children.Cast<YamlMappingNode>().Select(o => (Text(o, "label"), Text(o, "value")))];

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;
}
