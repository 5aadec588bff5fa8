using Handboek.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Handboek.Tests.Safety;

/// <summary>
/// The new ways input reaches the site: names and titles in the form editor's config.yml, category names from
/// categorieen.yml, and holiday-anchored and reminder texts that fail. Each stays text, in its own place.
/// </summary>
public sealed class EditorInputTests
{
    private const string Hostile = "Directie\"\n- name: kaarten-x\n  folder: /etc {{fields.titel}} <script>alert(1)</script>";

    [Fact]
    public void A_role_name_or_card_title_that_looks_like_yaml_or_a_template_stays_one_value_in_the_form_config()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.SpecBasis, "input");
        File.AppendAllText(folder["input/rollen.yml"], $"- id: aanvaller\n  naam: {Quoted(Hostile)}\n  niveau: school\n");
        var card = folder["input/kaarten/onderwijs/schoolgids.md"];
        File.WriteAllText(card, File.ReadAllText(card).Replace("titel: Schoolgids", $"titel: {Quoted(Hostile)}"));

        using var site = new BuiltSite(folder["input"]);
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(site.Text("beheer/config.yml")));
        var config = (YamlMappingNode)yaml.Documents[0].RootNode;

        var collections = ((YamlSequenceNode)config["collections"]).Children.Cast<YamlMappingNode>().ToList();
        Assert.DoesNotContain(collections, c => ((YamlScalarNode)c["name"]).Value == "kaarten-x");
        var fields = ((YamlSequenceNode)collections[0]["fields"]).Children.Cast<YamlMappingNode>().ToList();
        var owner = fields.Single(f => ((YamlScalarNode)f["name"]).Value == "eigenaar");
        Assert.Contains(((YamlSequenceNode)owner["options"]).Children.Cast<YamlMappingNode>(), o => ((YamlScalarNode)o["label"]).Value == Hostile);
        var related = fields.Single(f => ((YamlScalarNode)f["name"]).Value == "gerelateerd");
        Assert.Contains(((YamlSequenceNode)related["options"]).Children.Cast<YamlMappingNode>(), o => ((YamlScalarNode)o["label"]).Value == Hostile);
    }

    [Theory]
    [InlineData("*o0")]
    [InlineData("&o0 *o1")]
    [InlineData("<<: *o0")]
    public void A_card_title_that_looks_like_a_yaml_anchor_or_alias_stays_its_title_where_the_card_list_is_shared(string title)
    {
        // The list of every card is written once with an anchor (&o0) and referred to from the other collections.
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.SpecBasis, "input");
        var card = folder["input/kaarten/onderwijs/schoolgids.md"];
        // A second folder, so a second collection refers to the list.
        Directory.CreateDirectory(folder["input/kaarten/personeel"]);
        File.WriteAllText(folder["input/kaarten/personeel/personeelsgids.md"], File.ReadAllText(card).Replace("titel: Schoolgids", "titel: Personeelsgids"));
        File.WriteAllText(card, File.ReadAllText(card).Replace("titel: Schoolgids", $"titel: {Quoted(title)}"));

        using var site = new BuiltSite(folder["input"]);
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
        var text = site.Text("beheer/config.yml");
        Assert.Contains("options: &", text, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var config = (YamlMappingNode)yaml.Documents[0].RootNode;

        var cardCollections = ((YamlSequenceNode)config["collections"]).Children.Cast<YamlMappingNode>()
            .Where(c => ((YamlScalarNode)c["name"]).Value!.StartsWith("kaarten-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, cardCollections.Count);
        foreach (var collection in cardCollections)
        {
            var related = ((YamlSequenceNode)collection["fields"]).Children.Cast<YamlMappingNode>().Single(f => ((YamlScalarNode)f["name"]).Value == "gerelateerd");
            var options = ((YamlSequenceNode)related["options"]).Children.Cast<YamlMappingNode>().ToList();
            Assert.Equal(site.Result.Handbook!.Cards.Count, options.Count);
            Assert.Contains(options, o => ((YamlScalarNode)o["label"]).Value == title && ((YamlScalarNode)o["value"]).Value == "schoolgids");
        }
    }

    [Fact]
    public void A_category_name_from_categorieen_yml_is_text_in_the_menu_and_the_agenda()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.SpecBasis, "input");
        File.WriteAllText(folder["input/categorieen.yml"], $"- id: onderwijs\n  naam: {Quoted(Hostile)}\n");

        using var site = new BuiltSite(folder["input"]);

        var page = site.Html("index.html");
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Contains(page.QuerySelectorAll(".hoofdnavigatie a"), a => a.TextContent == Hostile);
        var ics = Ical.Net.Calendar.Load(site.Text("kalender/handboek.ics"))!;
        Assert.All(ics.Events, e => Assert.Contains("Categorie: " + Hostile, e.Description));
    }

    [Theory]
    [InlineData("herinnering: \"{{7*7}} weken\"", "'herinnering' is een aantal dagen of weken vooraf")]
    [InlineData("herinnering: 99999999999999999999 dagen", "'herinnering' is een aantal dagen of weken vooraf")]
    [InlineData("kalendermoment: vóór de herfstvakantie", "hangt af van de herfstvakantie in regio")]
    public void A_bad_reminder_or_a_holiday_moment_without_holidays_is_one_dutch_error_at_its_line(string line, string message)
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.SpecBasis, "input");
        var card = folder["input/kaarten/onderwijs/schoolgids.md"];
        File.WriteAllText(card, File.ReadAllText(card).Replace("kalendermoment: juni", line));

        var messages = Builds.Messages(Builds.Check(folder["input"]), folder["input"]);

        var error = Assert.Single(messages, m => m.Contains(": fout: ", StringComparison.Ordinal));
        Assert.StartsWith("kaarten/onderwijs/schoolgids.md:", error);
        Assert.Contains(message, error);
    }

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
