using Handboek.Coverage;
using Handboek.Diagnostics;
using Handboek.Model;

namespace Handboek.Validation;

/// <summary>Warns about obligations in verplichtingen.yml that no card covers by citing one of their articles.</summary>
public static class ObligationCoverageValidator
{
    public static void Validate(Handbook handbook, DiagnosticBag diagnostics)
    {
        foreach (var open in ObligationCoverage.Of(handbook).Where(c => c.Cards.Count == 0))
        {
            var articles = string.Join(" of ", open.Obligation.LegalRequirements.Select(r => r.Label));
            diagnostics.Warning(open.Obligation.Location,
                $"geen enkele kaart dekt de verplichting '{open.Obligation.Name}': geen kaart noemt {articles} als wettelijke eis; maak of vul een kaart aan, of haal de verplichting uit verplichtingen.yml");
        }
    }
}
