using Handboek.Diagnostics;
using Handboek.Model;

namespace Handboek.Loading;

/// <summary>
/// The input as read from its files: data files, cards and pages, each checked on its own. Checks between files
/// (Validation) and the calendar (Calendar) come after, in the builder.
/// </summary>
public sealed record LoadedInput(InputBoundary Input, ReferenceData Data, SchoolYear Year, IReadOnlyList<ReadCard> Cards, IReadOnlyList<Page> Pages)
{
    /// <summary>The model the rest of the pipeline works on; only for input without errors.</summary>
    public Handbook ToHandbook() => new(
        Data.Settings!,
        Data.Roles,
        Data.Laws,
        Data.Standards,
        Data.Schools,
        WithSharedCategories(Cards.Select(c => c.Card))
            .OrderBy(c => Ids.ToSlug(c.Title), StringComparer.Ordinal)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList(),
        Pages,
        Data.Holidays.Where(v => v.End >= Year.Start && v.Start <= Year.End).ToList())
    {
        Obligations = Data.Obligations,
    };

    /// <summary>
    /// A category's name and place come from categorieen.yml; without it, cards naming one category differently
    /// ("Onderwijs", "onderwijs") share the first card's spelling.
    /// </summary>
    private IEnumerable<Card> WithSharedCategories(IEnumerable<Card> cardsInPathOrder)
    {
        var list = cardsInPathOrder.ToList();
        var names = Data.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var card in list) names.TryAdd(card.Category.Id, card.Category);
        return list.Select(c => c with { Category = names[c.Category.Id] });
    }
}

/// <summary>The first phase of a build: reads the whole input folder (data files, cards and pages).</summary>
public static class HandbookLoader
{
    /// <param name="cache">Cards read by an earlier load of the same data files; the preview passes one.</param>
    /// <returns>What was read, or null when there is no input folder.</returns>
    public static LoadedInput? Load(string inputDir, SchoolYear? yearOverride, DateOnly today, DiagnosticBag diagnostics, CardCache? cache = null)
    {
        if (!Directory.Exists(inputDir))
        {
            diagnostics.Error(SourceLocation.StartOf(inputDir), "de invoermap bestaat niet; geef met --input de map met handboek.yml en kaarten/ op");
            return null;
        }

        var input = new InputBoundary(inputDir);
        var data = ReferenceDataLoader.Load(input, yearOverride, today, diagnostics);
        var year = data.Settings?.SchoolYear ?? yearOverride ?? SchoolYear.Containing(today);

        ReadCard? Read(string file, DiagnosticBag bag) => new CardReader(input, data, bag).Read(file);
        var cards = MarkdownFiles(input, "kaarten", diagnostics).AsParallel().AsOrdered()
            .Select(file => cache is null ? Read(file, diagnostics) : cache.Read(file, bag => Read(file, bag), diagnostics))
            .OfType<ReadCard>().ToList();
        if (cards.Count == 0 && !diagnostics.HasErrors)
            diagnostics.Warning(SourceLocation.StartOf(Path.Combine(inputDir, "kaarten")), "er zijn nog geen kaarten; zet ze als .md-bestanden in de map kaarten/");

        var pageReader = new PageReader(input, data.Settings?.AllowHtml ?? false, diagnostics);
        var pages = MarkdownFiles(input, "paginas", diagnostics).Select(pageReader.Read).OfType<Page>()
            .OrderBy(p => p.Order).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        return new LoadedInput(input, data, year, cards, pages);
    }

    private static IReadOnlyList<string> MarkdownFiles(InputBoundary input, string folder, DiagnosticBag diagnostics) =>
        input.Files(folder, file => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase), diagnostics);
}
