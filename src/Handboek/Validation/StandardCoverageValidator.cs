using Handboek.Coverage;
using Handboek.Diagnostics;
using Handboek.Model;

namespace Handboek.Validation;

/// <summary>Warns about standards in standaarden.yml that no card names: before a visit the board sees what its handbook leaves open.</summary>
public static class StandardCoverageValidator
{
    public static void Validate(Handbook handbook, DiagnosticBag diagnostics)
    {
        foreach (var open in StandardCoverage.Of(handbook).Where(c => c.Cards.Count == 0))
        {
            diagnostics.Warning(open.Standard.Location,
                $"geen enkele kaart noemt standaard {open.Standard.Code} ({open.Standard.Name}) onder inspectiekader; zet hem bij de kaart die erover gaat, of haal hem uit standaarden.yml als het bestuur hem niet gebruikt");
        }
    }
}
