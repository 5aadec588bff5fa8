using Handboek.Calendar;
using Handboek.Diagnostics;
using Handboek.Loading;
using Handboek.Model;

namespace Handboek.Validation;

/// <summary>The checks between files, once everything is read: the validate phase of a build.</summary>
public static class HandbookValidator
{
    /// <summary>Ids, related cards and links between the files that were read, reviews due before today, and missing decisions.</summary>
    public static void ValidateReferences(LoadedInput loaded, DateOnly today, DiagnosticBag diagnostics)
    {
        new CrossReferenceValidator(loaded.Input, diagnostics).Validate(loaded.Cards, loaded.Pages);
        ReviewDueValidator.Validate(loaded.Cards, today, diagnostics);
        DecisionValidator.Validate(loaded.Cards, diagnostics);
    }

    /// <summary>What needs the whole model and its calendar: moments in holidays, unused roles, open standards and obligations, sizes.</summary>
    public static void ValidateModel(Handbook handbook, QualityCalendar calendar, DiagnosticBag diagnostics)
    {
        HolidayValidator.Validate(calendar, diagnostics);
        RoleUsageValidator.Validate(handbook, diagnostics);
        CoverageValidator.Validate(handbook, diagnostics);
        SizeValidator.Validate(handbook, diagnostics);
    }
}
