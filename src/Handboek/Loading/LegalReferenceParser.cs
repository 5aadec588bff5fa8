using System.Text.RegularExpressions;
using Handboek.Model;
using Handboek.Schema;

namespace Handboek.Loading;

/// <summary>Parses "WPO art. 13a lid 2" and links it to the consolidated law text by its BWB id.</summary>
public static partial class LegalReferenceParser
{
    public const string Format = "schrijf 'WET art. NUMMER', eventueel met ' lid N' en ' sub x', bijvoorbeeld 'WPO art. 13a lid 2', of 'geen'";

    public static bool TryParse(string text, IReadOnlyList<Law> laws, out LegalReference reference, out string error)
    {
        reference = null!;
        error = "";
        var match = Reference().Match(text.Trim());
        if (!match.Success)
        {
            error = $"'{text}' is geen wettelijke eis die Handboek kan lezen; {Format}";
            return false;
        }

        var lawId = match.Groups["wet"].Value;
        var law = laws.FirstOrDefault(w => string.Equals(w.Id, lawId, StringComparison.OrdinalIgnoreCase));
        if (law is null)
        {
            var suggestion = Text.NearMiss.Suggest(lawId, laws.Select(w => w.Id));
            error = $"onbekende wet '{lawId}'; " + (suggestion is null
                ? "voeg de wet toe aan wetten.yml"
                : $"bedoelde je '{suggestion}'? Zo niet, voeg de wet toe aan wetten.yml");
            return false;
        }

        var article = match.Groups["artikel"].Value;
        var paragraph = match.Groups["lid"].Success ? match.Groups["lid"].Value : null;
        var item = match.Groups["sub"].Success ? match.Groups["sub"].Value : null;
        var url = $"https://wetten.overheid.nl/jci1.3:c:{law.Bwb}&artikel={article}" + (paragraph is null ? "" : $"&lid={paragraph}");
        reference = new LegalReference(law.Id, article, paragraph, item, url);
        return true;
    }

    /// <summary>Each written reference parsed, each one that does not parse reported at its own position.</summary>
    public static IReadOnlyList<LegalReference> ParseAll(IEnumerable<Located<string>> written, IReadOnlyList<Law> laws, Diagnostics.DiagnosticBag diagnostics)
    {
        var references = new List<LegalReference>();
        foreach (var item in written)
        {
            if (TryParse(item.Value, laws, out var reference, out var error))
                references.Add(reference);
            else
                diagnostics.Error(item.At, error);
        }

        return references;
    }

    [GeneratedRegex("^" + InputSchema.LegalReferencePattern + "$")]
    private static partial Regex Reference();
}
