using Handboek.Coverage;
using Handboek.Diagnostics;
using Handboek.Model;

namespace Handboek.Validation;

/// <summary>
/// Before an inspection visit the board sees what its handbook leaves open: a warning for each standard of
/// standaarden.yml that no card names, and each obligation of verplichtingen.yml that no card covers by citing one of
/// its articles.
/// </summary>
public static class CoverageValidator
{
    public static void Validate(Handbook handbook, DiagnosticBag diagnostics)
    {
        foreach (var open in StandardCoverage.Of(handbook).Where(c => c.Cards.Count == 0).Select(c => c.Standard))
        {
            diagnostics.Warning(open.Location,
                $"geen enkele kaart noemt standaard {open.Code} ({open.Name}) onder inspectiekader; zet hem bij de kaart die erover gaat, of haal hem uit standaarden.yml als het bestuur hem niet gebruikt");
        }

        foreach (var open in ObligationCoverage.Of(handbook).Where(c => c.Cards.Count == 0).Select(c => c.Obligation))
        {
            var articles = string.Join(" of ", open.LegalRequirements.Select(r => r.Label));
            diagnostics.Warning(open.Location,
                $"geen enkele kaart dekt de verplichting '{open.Name}': geen kaart noemt {articles} als wettelijke eis; maak of vul een kaart aan, of haal de verplichting uit verplichtingen.yml");
        }
    }
}
