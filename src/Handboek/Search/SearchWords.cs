using System.Text.RegularExpressions;
using Handboek.Model;

namespace Handboek.Search;

/// <summary>
/// What the search page needs beside the Pagefind index to answer a question as staff type it: other words for the
/// same thing (IB'er and intern begeleider, RvT and raad van toezicht), from the handbook's own roles and laws and a
/// short list of Dutch school abbreviations, and the words of the card titles, against which a one-letter slip
/// ("schoolgit", "scholgids") is corrected. All in lower case, as the search page compares them.
/// </summary>
public static partial class SearchWords
{
    /// <summary>Abbreviations every Dutch school board uses; a board adds its own with <c>afkortingen</c> in rollen.yml.</summary>
    private static readonly (string Short, string Long)[] Education =
    [
        ("ib'er", "intern begeleider"),
        ("ib", "intern begeleider"),
        ("rvt", "raad van toezicht"),
        ("cvb", "college van bestuur"),
        ("mr", "medezeggenschapsraad"),
        ("gmr", "gemeenschappelijke medezeggenschapsraad"),
        ("lvs", "leerlingvolgsysteem"),
        ("sop", "schoolondersteuningsprofiel"),
        ("opp", "ontwikkelingsperspectief"),
        ("swv", "samenwerkingsverband"),
        ("avg", "privacy"),
        ("bhv", "bedrijfshulpverlening"),
        ("ri&e", "risico-inventarisatie"),
        ("vve", "voor- en vroegschoolse educatie"),
        ("hgw", "handelingsgericht werken"),
        ("ogw", "opbrengstgericht werken"),
        ("pdca", "plan do check act"),
        ("sbo", "speciaal basisonderwijs"),
        ("leraar", "leerkracht"),
        ("juf", "leerkracht"),
        ("meester", "leerkracht"),
        ("schoolleider", "directeur"),
        ("bestuur", "bestuurder"),
    ];

    /// <param name="Synonyms">Per word or phrase the other ways to say it; both directions are listed.</param>
    /// <param name="TitleWords">Every word of at least four letters in a card title, once, sorted.</param>
    public sealed record Words(IReadOnlyDictionary<string, IReadOnlyList<string>> Synonyms, IReadOnlyList<string> TitleWords);

    public static Words Of(Handbook handbook)
    {
        var pairs = Education
            .Concat(handbook.Roles.SelectMany(r => r.Abbreviations.Select(a => (Short: a, Long: r.Name))))
            .Concat(handbook.Laws.Select(l => (Short: l.Id, Long: l.Name)))
            .Select(p => (Short: Lower(p.Short), Long: Lower(p.Long)))
            .Where(p => p.Short.Length > 0 && p.Long.Length > 0 && p.Short != p.Long)
            .ToList();
        var synonyms = pairs.Concat(pairs.Select(p => (Short: p.Long, Long: p.Short)))
            .GroupBy(p => p.Short, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Long).Distinct().Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var titleWords = handbook.Cards.SelectMany(c => WordPattern().Matches(Lower(c.Title)).Select(m => m.Value))
            .Where(w => w.Length >= 4)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        return new Words(synonyms, titleWords);
    }

    private static string Lower(string text) => text.Trim().ToLowerInvariant();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
