using Handboek.Diagnostics;
using Handboek.Loading;
using Handboek.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Handboek.Comparing;

/// <summary>
/// Whether two versions of a card file say the same: the same text, and front matter with the same values once each
/// key is taken in its one meaning (a role or a list of one role; a wanneer text or a block with only wanneer; an empty
/// key or none). So a card saved unchanged from the form editor, which writes the same card in its own layout without
/// comments, is no change; a changed word or value, or a list in another order, is.
/// </summary>
public static class CardFileComparer
{
    private static readonly Dictionary<string, ValueKind> Kinds = InputSchema.Card.ToDictionary(k => k.Name, k => k.Kind, StringComparer.Ordinal);

    public static bool Same(string fileA, string fileB)
    {
        if (!File.Exists(fileA) || !File.Exists(fileB)) return false;
        var (a, b) = (File.ReadAllText(fileA), File.ReadAllText(fileB));
        return a == b || (Meaning(fileA, a) is { } meaningA && Meaning(fileB, b) is { } meaningB && meaningA == meaningB);
    }

    /// <summary>The body and the front matter as one canonical text; null when the file cannot be read as a card.</summary>
    private static string? Meaning(string file, string text)
    {
        if (FrontMatter.Split(file, text, new DiagnosticBag()) is not { } frontMatter) return null;
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(frontMatter.Yaml));
        }
        catch (YamlException)
        {
            return null;
        }

        if (yaml.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode mapping) return null;
        var keys = mapping.Children
            .Select(kv => (Key: ((YamlScalarNode)kv.Key).Value ?? "", Value: Canonical(kv.Value, Kinds.GetValueOrDefault(((YamlScalarNode)kv.Key).Value ?? ""))))
            .Where(kv => kv.Value is not null)
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key}={kv.Value}");
        return string.Join('\n', keys) + "\n---\n" + frontMatter.Body.Trim();
    }

    /// <summary>A value as text in one form per meaning; null for an empty value.</summary>
    private static string? Canonical(YamlNode node, ValueKind kind) => (node, kind) switch
    {
        (YamlScalarNode { Value: null or "" }, _) => null,
        (YamlScalarNode scalar, ValueKind.Roles or ValueKind.Standards or ValueKind.Cards or ValueKind.LegalReferences or ValueKind.Slugs) => List([Scalar(scalar)]),
        (YamlScalarNode scalar, ValueKind.Moments) => List([Moment(scalar)]),
        (YamlSequenceNode sequence, ValueKind.Moments) => List(sequence.Children.Select(m => m is YamlScalarNode s ? Moment(s) : Canonical(m, default))),
        _ => Plain(node),
    };

    private static string? Plain(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" } => null,
        YamlScalarNode scalar => Scalar(scalar),
        YamlSequenceNode sequence => List(sequence.Children.Select(Plain)),
        YamlMappingNode mapping => Map(mapping.Children.Select(kv => ((kv.Key as YamlScalarNode)?.Value ?? "", Plain(kv.Value)))),
        _ => null,
    };

    private static string Moment(YamlScalarNode when) => Map([("wanneer", Scalar(when))])!;

    private static string Scalar(YamlScalarNode scalar) => System.Text.Json.JsonSerializer.Serialize(scalar.Value);

    private static string? List(IEnumerable<string?> items) =>
        items.OfType<string>().ToList() is { Count: > 0 } kept ? "[" + string.Join(',', kept) + "]" : null;

    private static string? Map(IEnumerable<(string Key, string? Value)> entries) =>
        entries.Where(e => e.Value is not null).OrderBy(e => e.Key, StringComparer.Ordinal).ToList() is { Count: > 0 } kept
            ? "{" + string.Join(',', kept.Select(e => $"{e.Key}:{e.Value}")) + "}"
            : null;
}
