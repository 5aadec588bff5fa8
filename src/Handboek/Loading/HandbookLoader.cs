using Handboek.Calendar;
using Handboek.Diagnostics;
using Handboek.Model;
using Handboek.Validation;

namespace Handboek.Loading;

/// <summary>Loads and validates the whole input folder: data files, cards and pages.</summary>
public static class HandbookLoader
{
    /// <param name="cache">Cards read by an earlier load of the same data files; the preview passes one.</param>
    /// <returns>The handbook, or null when any error was reported.</returns>
    public static Handbook? Load(string inputDir, SchoolYear? yearOverride, DateOnly today, DiagnosticBag diagnostics, CardCache? cache = null)
    {
        if (!Directory.Exists(inputDir))
        {
            diagnostics.Error(SourceLocation.StartOf(inputDir), "de invoermap bestaat niet; geef met --input de map met handboek.yml en kaarten/ op");
            return null;
        }

        var input = new InputBoundary(inputDir);
        var data = ReferenceDataLoader.Load(input, yearOverride, today, diagnostics);
        var year = data.Settings?.Schooljaar ?? yearOverride ?? SchoolYear.Containing(today);

        ReadCard? Read(string file, DiagnosticBag bag) => new CardReader(input, data, year, today, bag).Read(file);
        var cards = MarkdownFiles(input, "kaarten", diagnostics).AsParallel().AsOrdered()
            .Select(file => cache is null ? Read(file, diagnostics) : cache.Read(file, bag => Read(file, bag), diagnostics))
            .OfType<ReadCard>().ToList();
        if (cards.Count == 0 && !diagnostics.HasErrors)
            diagnostics.Warning(SourceLocation.StartOf(Path.Combine(inputDir, "kaarten")), "er zijn nog geen kaarten; zet ze als .md-bestanden in de map kaarten/");

        var pageReader = new PageReader(input, data.Settings?.HtmlToestaan ?? false, diagnostics);
        var pages = MarkdownFiles(input, "paginas", diagnostics).Select(pageReader.Read).OfType<Page>()
            .OrderBy(p => p.Volgorde).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();

        new CrossReferenceValidator(input, diagnostics).Validate(cards, pages);
        if (diagnostics.HasErrors || data.Settings is null) return null;

        var handbook = new Handbook(
            data.Settings,
            data.Rollen,
            data.Wetten,
            data.Standaarden,
            data.Scholen,
            WithSharedCategories(cards.Select(c => c.Card))
                .OrderBy(c => Ids.ToSlug(c.Titel), StringComparer.Ordinal)
                .ThenBy(c => c.Id, StringComparer.Ordinal)
                .ToList(),
            pages,
            data.Vakanties.Where(v => v.Einde >= year.Start && v.Start <= year.End).ToList());
        HolidayValidator.Validate(new QualityCalendar(handbook), diagnostics);
        RoleUsageValidator.Validate(handbook, diagnostics);
        SizeValidator.Validate(handbook, diagnostics);
        return handbook;
    }

    private static IReadOnlyList<string> MarkdownFiles(InputBoundary input, string folder, DiagnosticBag diagnostics) =>
        input.Files(folder, file => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase), diagnostics);

    /// <summary>Cards naming one category differently ("Onderwijs", "onderwijs") share the first card's spelling.</summary>
    private static IEnumerable<Card> WithSharedCategories(IEnumerable<Card> cardsInPathOrder)
    {
        var list = cardsInPathOrder.ToList();
        var names = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var card in list) names.TryAdd(card.Categorie.Id, card.Categorie);
        return list.Select(c => c with { Categorie = names[c.Categorie.Id] });
    }
}
