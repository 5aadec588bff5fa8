using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Handboek.Schema;
using Handboek.Tests.Site;
using Handboek.Tests.Support;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace Handboek.Tests.Publishing;

/// <summary>
/// One schema of the input contract: the published JSON Schema accepts every card of the example and refuses a
/// wrong one, and both key tables (README and the example's own page) list exactly its keys.
/// </summary>
public partial class CardSchemaTests(ExampleHandbookFixture fixture) : IClassFixture<ExampleHandbookFixture>
{
    [Fact]
    public void The_published_json_schema_accepts_every_card_of_the_example_and_a_new_one()
    {
        var schema = Schema(fixture);
        var cards = Directory.GetFiles(Path.Combine(RepoPaths.Input, "kaarten"), "*.md", SearchOption.AllDirectories)
            .Append(NewCard());

        Assert.All(cards, file =>
        {
            var result = schema.Evaluate(FrontMatter(File.ReadAllText(file)), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, $"{file}: {JsonSerializer.Serialize(result)}");
        });
    }

    [Theory]
    [InlineData("niveau: school", "niveau: klas")]
    [InlineData("eigenaar: directeur", "eigenaar: directuer")]
    [InlineData("inspectiekader: [KA1, KA2, KA3, OP1]", "inspectiekader: [KA9]")]
    [InlineData("  mr: instemming", "  mr: misschien")]
    [InlineData("titel: Schoolplan", "titel: Schoolplan\ntitle: Schoolplan")]
    public void The_published_json_schema_refuses_what_check_refuses(string correct, string wrong)
    {
        var schema = Schema(fixture);
        var card = File.ReadAllText(Path.Combine(RepoPaths.Input, "kaarten/kwaliteitszorg/schoolplan.md"));
        Assert.Contains(correct, card);

        Assert.False(schema.Evaluate(FrontMatter(card.Replace(correct, wrong, StringComparison.Ordinal))).IsValid);
    }

    [Theory]
    [InlineData("WPO art. 13a lid 2 sub b", true)]
    [InlineData("wpo artikel 8 LID 3", true)]
    [InlineData("WMS art 10", true)]
    [InlineData("WPO art. 12.3", true)]
    [InlineData("Geen", true)]
    [InlineData("WPO 8", false)]
    [InlineData("art. 8", false)]
    [InlineData("WPO art. 8 lid", false)]
    public void The_published_json_schema_takes_a_legal_reference_exactly_when_check_does(string reference, bool valid)
    {
        var schema = Schema(fixture);
        var card = File.ReadAllText(Path.Combine(RepoPaths.Input, "kaarten/kwaliteitszorg/schoolplan.md"));
        var written = WettelijkeEis().Match(card);
        Assert.True(written.Success);
        using var input = new TempFolder().CopyFrom(RepoPaths.Input)
            .Write("kaarten/kwaliteitszorg/schoolplan.md", card.Replace(written.Value, $"wettelijke_eis: {reference}\n", StringComparison.Ordinal));

        var checkedInput = Builds.Check(input.Path);

        Assert.Equal(valid, schema.Evaluate(FrontMatter(File.ReadAllText(input["kaarten/kwaliteitszorg/schoolplan.md"]))).IsValid);
        Assert.Equal(valid, checkedInput.Succeeded);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("input/paginas/zo-werkt-dit-handboek.md")]
    public void The_key_tables_list_every_key_of_the_schema_and_whether_it_is_required(string document)
    {
        var table = File.ReadAllLines(Path.Combine(RepoPaths.Root, document))
            .SkipWhile(l => !l.StartsWith("| Sleutel | Verplicht |", StringComparison.Ordinal)).Skip(2)
            .TakeWhile(l => l.StartsWith('|'))
            .SelectMany(row => KeyName().Matches(row.Split('|')[1]).Select(m => (Key: m.Groups[1].Value, Required: row.Split('|')[2].Trim() == "ja")))
            .ToList();

        Assert.Equal(InputSchema.Card.Select(k => (k.Name, k.Required)).Order(), table.Order());
    }

    // The key and its list, one item per line.
    [GeneratedRegex(@"^wettelijke_eis:\n(?:  - .*\n)+", RegexOptions.Multiline)]
    private static partial Regex WettelijkeEis();

    private static readonly Lock Parsing = new();
    private static JsonSchema? _schema;

    /// <summary>Parsed once: the library registers a schema under its $id and refuses a second one with the same.</summary>
    private static JsonSchema Schema(ExampleHandbookFixture fixture)
    {
        lock (Parsing) return _schema ??= JsonSchema.FromText(fixture.Site.Text(CardJsonSchema.SitePath));
    }

    /// <summary>The front matter as the JSON an editor validates: YAML values as strings, an empty value as null.</summary>
    private static JsonElement FrontMatter(string card)
    {
        var yaml = card.Split("\n---", 2)[0].TrimStart('-');
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return JsonSerializer.SerializeToElement(ToJson(stream.Documents[0].RootNode));
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Value: null or "" or "~" or "null", Style: YamlDotNet.Core.ScalarStyle.Plain } => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidDataException(node.ToString()),
    };

    private static string NewCard()
    {
        var folder = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        var (file, _) = Handboek.Scaffolding.CardScaffold.Write(folder.Path, "Nieuwe kaart", null);
        return file!;
    }

    [GeneratedRegex("`([a-z_]+)`")]
    private static partial Regex KeyName();
}
