using System.Globalization;
using Handboek.Diagnostics;
using Handboek.Text;
using YamlDotNet.RepresentationModel;

namespace Handboek.Loading;

public readonly record struct Located<T>(T Value, SourceLocation At);

/// <summary>
/// Typed, position-aware access to one YAML mapping. Every misuse becomes a Dutch diagnostic at the offending
/// key or value and a null or empty result, so reading goes on and all problems surface in one run.
/// </summary>
public sealed partial class MappingReader(YamlSource source, YamlMappingNode mapping, DiagnosticBag diagnostics)
{
    public YamlSource Source => source;

    public SourceLocation Location => source.At(mapping);

    public void Error(SourceLocation at, string message) => diagnostics.Error(at, message);

    public void Warning(SourceLocation at, string message) => diagnostics.Warning(at, message);

    public YamlNode? Node(string key) =>
        mapping.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode k && k.Value == key).Value;

    public SourceLocation LocationOf(string key) => Node(key) is { } node ? source.At(node) : Location;

    public Located<string>? Text(string key, bool required = false)
    {
        switch (Node(key))
        {
            case null:
            case YamlScalarNode { Value: null or "" }:
                if (required) diagnostics.Error(LocationOf(key), $"verplicht veld '{key}' ontbreekt of is leeg");
                return null;
            case YamlScalarNode scalar when ControlCharacter(scalar.Value) is { } c:
                // Reported, then read without it, so one bad character is one message and not a cascade of missing values.
                diagnostics.Error(source.At(scalar), $"'{key}' bevat een onzichtbaar stuurteken (U+{(int)c:X4}); haal het weg of typ de waarde opnieuw");
                return new Located<string>(WithoutControlCharacters(scalar.Value).Trim(), source.At(scalar));
            case YamlScalarNode scalar:
                return new Located<string>(scalar.Value.Trim(), source.At(scalar));
            case var other:
                diagnostics.Error(source.At(other), $"'{key}' moet één tekst zijn, geen lijst of blok");
                return null;
        }
    }

    /// <summary>A single value or a list of values; an absent key is an empty list.</summary>
    public IReadOnlyList<Located<string>> Texts(string key, bool required = false)
    {
        var node = Node(key);
        var items = node switch
        {
            YamlScalarNode { Value: null or "" } => [],
            YamlScalarNode scalar => [scalar],
            YamlSequenceNode sequence => sequence.Children.ToList(),
            null => [],
            _ => null,
        };
        if (items is null)
        {
            diagnostics.Error(source.At(node!), $"'{key}' moet een tekst of een lijst van teksten zijn");
            return [];
        }

        var result = new List<Located<string>>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value } && ControlCharacter(value) is { } c)
            {
                diagnostics.Error(source.At(item), $"een item van '{key}' bevat een onzichtbaar stuurteken (U+{(int)c:X4}); haal het weg of typ de waarde opnieuw");
                result.Add(new Located<string>(WithoutControlCharacters(value).Trim(), source.At(item)));
            }
            else if (item is YamlScalarNode { Value: { Length: > 0 } text })
                result.Add(new Located<string>(text.Trim(), source.At(item)));
            else
                diagnostics.Error(source.At(item), $"elk item van '{key}' moet een tekst zijn");
        }

        if (required && result.Count == 0 && items.Count == 0)
            diagnostics.Error(LocationOf(key), $"verplicht veld '{key}' ontbreekt of is leeg");
        return result;
    }

    /// <summary>A list of blocks under <paramref name="key"/>, each read with its own reader.</summary>
    public IEnumerable<MappingReader> Blocks(string key)
    {
        switch (Node(key))
        {
            case null or YamlScalarNode { Value: null or "" }:
                yield break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (item is YamlMappingNode block) yield return new MappingReader(source, block, diagnostics);
                    else diagnostics.Error(source.At(item), $"elk item van '{key}' moet sleutels met waarden hebben");
                }

                break;
            case var other:
                diagnostics.Error(source.At(other), $"'{key}' moet een lijst zijn: begin elk item met '- '");
                break;
        }
    }

    public Located<DateOnly>? Date(string key, bool required = false)
    {
        if (Text(key, required) is not { } text) return null;
        if (DateOnly.TryParseExact(text.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new Located<DateOnly>(date, text.At);

        diagnostics.Error(text.At, $"'{key}' is geen geldige datum: '{text.Value}'; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-06-30");
        return null;
    }

    public Located<int>? Number(string key)
    {
        if (Text(key) is not { } text) return null;
        if (int.TryParse(text.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return new Located<int>(number, text.At);

        diagnostics.Error(text.At, $"'{key}' moet een geheel getal zijn (nu: '{text.Value}')");
        return null;
    }

    /// <summary>A school year written as "2026-2027", within the years Handboek plans.</summary>
    public Located<Model.SchoolYear>? SchoolYear(string key, bool required = false)
    {
        if (Text(key, required) is not { } text) return null;
        if (Model.SchoolYear.TryParse(text.Value, out var year)) return new Located<Model.SchoolYear>(year, text.At);
        var range = YearPair().IsMatch(text.Value)
            ? $", tussen {Model.SchoolYear.EarliestStart}-{Model.SchoolYear.EarliestStart + 1} en {Model.SchoolYear.LatestStart}-{Model.SchoolYear.LatestStart + 1}"
            : "";
        diagnostics.Error(text.At, $"'{key}' moet een schooljaar zijn zoals 2025-2026{range} (nu: '{text.Value}')");
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-\d{4}$")]
    private static partial System.Text.RegularExpressions.Regex YearPair();

    /// <summary>A value from a fixed set of lowercase names, such as <c>regio</c>; matched case-insensitively.</summary>
    public string? Choice(string key, IReadOnlyList<string> names, bool required = false)
    {
        if (Text(key, required) is not { } text) return null;
        var lowered = text.Value.ToLowerInvariant();
        if (names.Contains(lowered)) return lowered;

        var choices = string.Join(", ", names.Take(names.Count - 1)) + " of " + names[^1];
        var suggestion = NearMiss.Suggest(text.Value, names);
        diagnostics.Error(text.At,
            $"ongeldige waarde '{text.Value}' voor '{key}'; kies uit {choices}" +
            (suggestion is null ? "" : $" (bedoelde je '{suggestion}'?)"));
        return null;
    }

    /// <summary>A value from a fixed set, such as <c>niveau</c>; <paramref name="fallback"/> when absent or wrong.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> options, bool required = false, T? fallback = null)
        where T : struct =>
        Choice(key, options.Keys.ToList(), required) is { } name ? options[name] : fallback;

    /// <summary>
    /// A control character other than tab and line break: invisible in an editor, and in a value that reaches a
    /// workflow log, an agenda or an XML feed it can forge lines or break the file.
    /// </summary>
    private static char? ControlCharacter(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) && c is not '\n' and not '\t') return c;
        }

        return null;
    }

    private static string WithoutControlCharacters(string value) => string.Concat(value.Where(c => !char.IsControl(c) || c is '\n' or '\t'));

    /// <summary>Warns about keys this reader does not know, usually typos that would silently lose data.</summary>
    public void WarnAboutUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var (keyNode, _) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || known.Contains(key)) continue;
            var suggestion = NearMiss.Suggest(key, known);
            diagnostics.Warning(source.At(keyNode),
                $"onbekende sleutel '{key}' wordt genegeerd" + (suggestion is null ? "" : $"; bedoelde je '{suggestion}'?"));
        }
    }
}
