using Handboek.Diagnostics;
using Handboek.Model;

namespace Handboek.Validation;

/// <summary>Warns about roles in rollen.yml that no card gives anything to do.</summary>
public static class RoleUsageValidator
{
    public static void Validate(Handbook handbook, DiagnosticBag diagnostics)
    {
        var used = handbook.Cards
            .SelectMany(c => Responsibilities.ResponsibilityMatrix.Assignments(c).Select(a => a.Role)
                .Concat(c.ParticipationRights.Select(m => m.Body))
                .Concat(c.Moments.Select(m => m.RoleId)))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var role in handbook.Roles.Where(r => !used.Contains(r.Id)))
        {
            diagnostics.Warning(role.Location,
                $"rol '{role.Id}' komt in geen enkele kaart voor; geef de rol een taak in een kaart of haal haar uit rollen.yml");
        }
    }
}
