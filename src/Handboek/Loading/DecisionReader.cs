using Handboek.Diagnostics;
using Handboek.Model;
using Handboek.Schema;

namespace Handboek.Loading;

/// <summary>Reads a card's <c>besluiten</c>: blocks of datum, orgaan, besluit and document, in date order.</summary>
public static class DecisionReader
{
    private static readonly IReadOnlyList<string> Keys = InputSchema.Names(InputSchema.Decision);

    /// <param name="checkRole">Reports an unknown role and says whether the role exists.</param>
    public static IReadOnlyList<Decision> Read(MappingReader card, Func<Located<string>, bool> checkRole, DiagnosticBag diagnostics)
    {
        var decisions = new List<Decision>();
        foreach (var reader in card.Blocks("besluiten"))
        {
            reader.WarnAboutUnknownKeys(Keys);
            var date = reader.Date("datum", required: true);
            var body = reader.Text("orgaan", required: true);
            var kind = reader.Choice("besluit", LevelNames.Decisions, required: true);
            var document = reader.Text("document");
            if (document is { } link && !(Uri.TryCreate(link.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                diagnostics.Error(link.At, $"'document' moet een webadres zijn dat begint met https:// (nu: '{VisibleText.Of(link.Value)}')");
                document = null;
            }

            if (date is null || body is null || kind is null || !checkRole(body.Value)) continue;
            decisions.Add(new Decision(date.Value.Value, body.Value.Value, kind.Value, document?.Value));
        }

        return decisions.OrderBy(d => d.Date).ToList();
    }
}
