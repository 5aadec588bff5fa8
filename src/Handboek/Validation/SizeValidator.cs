using Handboek.Diagnostics;
using Handboek.Model;
using Handboek.Responsibilities;

namespace Handboek.Validation;

/// <summary>
/// Warns where the input is so large that the site grows out of proportion: every moment appears on a dozen calendars,
/// posters and feeds, and every role is a column of the matrix. Far above any real board; a typo or a generated file
/// is the likely cause.
/// </summary>
public static class SizeValidator
{
    public const int MaxRoles = 1_000;
    public const int MaxMomentsPerCard = 500;

    public static void Validate(Handbook handbook, DiagnosticBag diagnostics)
    {
        if (handbook.Roles.Count > MaxRoles)
        {
            diagnostics.Warning(handbook.Roles[MaxRoles].Location,
                $"rollen.yml heeft {handbook.Roles.Count} rollen, meer dan {MaxRoles}; elke rol krijgt een pagina, een kalender en een kolom in de matrix");
        }

        foreach (var card in handbook.Cards.Where(c => c.Moments.Count > MaxMomentsPerCard))
        {
            diagnostics.Warning(card.Moments[MaxMomentsPerCard].Location,
                $"kaart '{card.Id}' heeft {card.Moments.Count} kalendermomenten, meer dan {MaxMomentsPerCard}; elk moment staat op elke kalender, poster en agenda-feed");
        }

        if (!ResponsibilityMatrix.FitsOnOnePage(handbook))
        {
            diagnostics.Warning(handbook.Roles[0].Location,
                $"{handbook.Cards.Count} kaarten × {handbook.Roles.Count} rollen is te groot voor één matrix; de pagina 'Wie doet wat' " +
                "verwijst daarom naar de pagina's per rol en de CSV-download");
        }
    }
}
