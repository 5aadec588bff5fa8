using Handboek.Building;
using Handboek.Diagnostics;
using Handboek.Loading;

namespace Handboek.Preview;

/// <summary>What one rebuild of the preview gave: a new snapshot, or the problems that kept the last good one.</summary>
public sealed record PreviewUpdate(IReadOnlyList<Diagnostic> Diagnostics, SiteSnapshot? Snapshot);

/// <summary>
/// Rebuilds the preview after files were saved. A saved card re-reads only that file and re-renders only the
/// pages that show it; any other change (data files, pages, images, the theme) starts afresh.
/// </summary>
public sealed class PreviewSession(BuildOptions options)
{
    private readonly string _inputDir = Path.GetFullPath(options.InputDir);
    private readonly HashSet<string> _sinceLastGood = new(StringComparer.Ordinal);
    private CardCache _cards = new();

    private string CardsDir => Path.Combine(_inputDir, "kaarten") + Path.DirectorySeparatorChar;
    /// <summary>The last site built without errors; the preview keeps serving it while the input has errors.</summary>
    public SiteSnapshot? Current { get; private set; }

    /// <param name="changed">Full paths of the files saved since the previous update; empty for the first.</param>
    public PreviewUpdate Update(IEnumerable<string> changed)
    {
        // Changes pile up until a build succeeds: a card fixed after another was broken still counts both.
        _sinceLastGood.UnionWith(changed.Select(Path.GetFullPath).Where(path => !IsEditorTemporary(path)));
        var cardsOnly = Current is not null && _sinceLastGood.Count > 0 && _sinceLastGood.All(IsCard);
        if (!cardsOnly) _cards = new CardCache();

        var diagnostics = new DiagnosticBag();
        var plan = HandbookBuilder.Plan(options, diagnostics, _cards);
        if (plan is null) return new PreviewUpdate(diagnostics.ToSortedList(), null);

        // Every page shows the menu of categories: a card that opens or empties a category changes them all.
        var sameMenu = cardsOnly && Menu(Current!.Handbook).SequenceEqual(Menu(plan.Handbook));
        var changedCards = sameMenu ? CardsIn(_sinceLastGood, Current!, plan) : null;
        Current = SiteSnapshot.Create(plan, Current, changedCards);
        _sinceLastGood.Clear();
        return new PreviewUpdate(diagnostics.ToSortedList(), Current);
    }

    /// <summary>
    /// A file that came and went in kaarten/ between two rebuilds, such as the temporary copy many editors save
    /// through: it changed nothing, and counting it would render the whole site again.
    /// </summary>
    private bool IsEditorTemporary(string path) =>
        path.StartsWith(CardsDir, StringComparison.Ordinal) && !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Path.Exists(path);

    private bool IsCard(string path) =>
        path.StartsWith(CardsDir, StringComparison.Ordinal) && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<(string Id, string Name)> Menu(Model.Handbook handbook) =>
        handbook.Categories.Select(c => (c.Category.Id, c.Category.Name));

    /// <summary>The ids the saved files had before and have now: a renamed id touches the pages of both.</summary>
    private HashSet<string> CardsIn(IEnumerable<string> files, SiteSnapshot before, SitePlan after)
    {
        var relative = files.Select(f => Path.GetRelativePath(_inputDir, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        return before.Handbook.Cards.Concat(after.Handbook.Cards)
            .Where(card => relative.Contains(card.SourcePath))
            .Select(card => card.Id)
            .ToHashSet(StringComparer.Ordinal);
    }
}
