using Handboek.Comparing;
using Handboek.Diagnostics;
using Handboek.Model;
using Handboek.Outputs;
using Handboek.Provenance;
using Handboek.Rendering;

namespace Handboek.Building;

/// <param name="BaseUrl">The archived site's own root: the current basis_url plus archief/&lt;schooljaar&gt;/.</param>
/// <param name="CurrentHome">The current handbook, which the archive's banner links to.</param>
internal sealed record ArchivedSite(SchoolYear Year, Uri BaseUrl, string CurrentHome);

/// <summary>One archived school year as the archive's index shows it, with what changed in the year after it.</summary>
public sealed record ArchivedYear(string Year, string Url, string ChangedIn, IReadOnlyList<string> Headlines, IReadOnlyList<string> Details);

/// <summary>
/// <c>build --archief</c>: the handbook as it stood at the end of each earlier school year (the last commit that
/// changed the input before 1 August; at most <see cref="MaxYears"/> years), each built for its own year into
/// /archief/&lt;schooljaar&gt;/ with the current theme, and per year what changed since the year before, by the diff
/// engine. The past is input like any other: the same checks, and a year whose input has errors is left out with a
/// note.
/// </summary>
public static class SiteArchive
{
    public const int MaxYears = 4;

    internal sealed record Outcome(IReadOnlyList<OutputFile> Files, IReadOnlyList<ArchivedYear> Years, string Message);

    /// <param name="workDir">Where the past inputs are unpacked; it must outlive the writing of the site.</param>
    internal static Outcome Plan(BuildOptions options, Handbook current, string inputDir, string workDir)
    {
        var history = GitHistory.Load(inputDir);
        if (history is null || history.IsShallow || history.Commits.Count == 0)
            return new([], [], "archief overgeslagen: " + (history is null ? "de invoer staat niet in een Git-repository" : "de Git-geschiedenis ontbreekt (een ondiepe kloon); haal hem op met 'git fetch --unshallow'"));

        var files = new List<OutputFile>();
        var built = new List<(SchoolYear Year, Handbook Handbook, string Dir)>();
        var skipped = new List<string>();
        for (var year = current.Settings.SchoolYear.Next(-1); built.Count + skipped.Count < MaxYears; year = year.Next(-1))
        {
            var cutoff = new DateTimeOffset(year.StartYear + 1, 8, 1, 0, 0, 0, TimeSpan.FromHours(2));
            if (history.Commits.Where(c => c.Date < cutoff).MaxBy(c => c.Date) is not { } commit) break;

            var (pastInput, error) = GitRevision.Export(inputDir, commit.Hash, Path.Combine(workDir, year.ToString()));
            var archived = new ArchivedSite(year, new Uri(current.Settings.BaseUrl, $"archief/{year}/"), new SiteUrls(current.Settings.BaseUrl).Home);
            var diagnostics = new DiagnosticBag();
            var plan = pastInput is null ? null : HandbookBuilder.Plan(options with { InputDir = pastInput, SchoolYear = year, Archive = false, ArchiveOf = archived }, diagnostics);
            if (plan is null)
            {
                skipped.Add($"{year} ({error ?? "de invoer van toen heeft fouten"})");
                continue;
            }

            var prefix = $"archief/{year}/";
            // The form edits the current handbook only, and Netlify reads _redirects at the root only.
            files.AddRange(plan.Files.Where(f => !f.Path.StartsWith(Editing.CmsBundle.Folder, StringComparison.Ordinal) && f.Path != RedirectsOutput.NetlifyFile)
                .Select(f => f.Under(prefix)));
            built.Add((year, plan.Handbook, pastInput!));
        }

        var urls = new SiteUrls(current.Settings.BaseUrl);
        var years = built.Select((b, i) =>
        {
            // What changed after this year: the next archived year, or for the newest the current handbook.
            var (after, afterDir, afterYear) = i == 0 ? (current, inputDir, current.Settings.SchoolYear) : (built[i - 1].Handbook, built[i - 1].Dir, built[i - 1].Year);
            var changes = HandbookComparer.Compare(b.Handbook, b.Dir, after, afterDir);
            return new ArchivedYear(b.Year.ToString(), urls.File($"archief/{b.Year}/"), afterYear.ToString(), ChangeSummary.Headlines(changes), ChangeSummary.Details(changes));
        }).ToList();
        var message = built.Count == 0
            ? "archief: geen eerder schooljaar in de Git-geschiedenis"
            : $"archief gemaakt voor {string.Join(", ", built.Select(b => b.Year))}" + (skipped.Count == 0 ? "" : $"; overgeslagen: {string.Join(", ", skipped)}");
        return new(files, years, message);
    }
}
