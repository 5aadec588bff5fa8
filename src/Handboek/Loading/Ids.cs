using System.Text;
using System.Text.RegularExpressions;

namespace Handboek.Loading;

/// <summary>The shape of ids that become parts of URLs.</summary>
public static partial class Ids
{
    public const int MaxLength = Schema.InputSchema.MaxIdLength;

    public static bool IsSlug(string id) => id.Length <= MaxLength && SlugRegex().IsMatch(id);

    /// <summary>"Sociale veiligheid & pesten" becomes "sociale-veiligheid-pesten".</summary>
    public static string ToSlug(string text)
    {
        var folded = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
                folded.Append(char.ToLowerInvariant(c));
        }

        return NonSlug().Replace(folded.ToString(), "-").Trim('-');
    }

    public static string SlugAdvice(string id) => id.Length > MaxLength
        ? $"een id is hoogstens {MaxLength} tekens lang (deze heeft er {id.Length}); kies een kortere"
        : $"gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld '{ToSlug(id)}'";

    [GeneratedRegex(Schema.InputSchema.SlugPattern)]
    private static partial Regex SlugRegex();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
