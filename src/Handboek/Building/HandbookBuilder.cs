using Handboek.Calendar;
using Handboek.Diagnostics;
using Handboek.Loading;
using Handboek.Model;
using Handboek.Outputs;
using Handboek.Provenance;
using Handboek.Rendering;
using Handboek.Search;
using Scriban.Syntax;

namespace Handboek.Building;

/// <summary>
/// The one entry point of the library. The pipeline: load and validate the input, build the model,
/// render every output in memory, then write the site in one swap.
/// </summary>
public static class HandbookBuilder
{
    private static readonly IReadOnlyList<ISiteOutput> Outputs =
    [
        new HomePageOutput(),
        new CardPagesOutput(),
        new CategoryPagesOutput(),
        new ContentPagesOutput(),
        new NotFoundPageOutput(),
        new SearchPageOutput(),
        new PrintBookOutput(),
        new CalendarPagesOutput(),
        new CalendarFeedsOutput(),
        new RolePagesOutput(),
        new MatrixCsvOutput(),
        new SitemapOutput(),
        new HandbookJsonOutput(),
        new StaticFilesOutput(),
        new BrandingOutput(),
    ];

    /// <summary>Validates the input without writing anything.</summary>
    public static BuildResult Check(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var handbook = HandbookLoader.Load(Path.GetFullPath(options.InputDir), options.SchoolYear, options.Today, diagnostics);
        return new BuildResult(diagnostics.ToSortedList(), handbook);
    }

    /// <summary>Validates and renders the site into <paramref name="outputDir"/>; on any error the folder is left untouched.</summary>
    public static BuildResult Build(BuildOptions options, string outputDir)
    {
        var diagnostics = new DiagnosticBag();
        var inputDir = Path.GetFullPath(options.InputDir);
        var handbook = HandbookLoader.Load(inputDir, options.SchoolYear, options.Today, diagnostics);
        var theme = Theme.Load(Path.GetFullPath(options.ThemeDir), Path.Combine(inputDir, "theme"), diagnostics);
        if (handbook is null || diagnostics.HasErrors) return new BuildResult(diagnostics.ToSortedList(), null);

        var files = Render(handbook, theme, inputDir, diagnostics);
        if (files is null) return new BuildResult(diagnostics.ToSortedList(), null);

        SearchIndexOutcome? search = null;
        bool Index(string staging)
        {
            if (!options.SearchIndex) return true;
            search = PagefindIndexer.Index(staging, PagefindIndexer.Locate([inputDir, Environment.CurrentDirectory]));
            if (search.Failed) diagnostics.Error(SourceLocation.StartOf(Path.GetFullPath(outputDir)), search.Message);
            return !search.Failed;
        }

        try
        {
            if (!SiteWriter.Write(outputDir, files, Index)) return new BuildResult(diagnostics.ToSortedList(), null) { Search = search };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.StartOf(Path.GetFullPath(outputDir)), $"kan de site niet schrijven: {e.Message}");
            return new BuildResult(diagnostics.ToSortedList(), null);
        }

        var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics.ToSortedList(), handbook, pages) { Search = search };
    }

    private static IReadOnlyList<OutputFile>? Render(Handbook handbook, Theme theme, string inputDir, DiagnosticBag diagnostics)
    {
        var urls = new SiteUrls(handbook.Settings.BasisUrl);
        var bodies = new BodyRenderer(handbook, urls);
        var calendar = new QualityCalendar(handbook);
        var site = new SiteView(
            handbook.Settings.Naam,
            handbook.Settings.Schooljaar.ToString(),
            urls.Home,
            urls.Calendar(calendar.Full),
            urls.RoleMatrix,
            urls.File("assets/handboek.css"),
            urls.File("assets/"),
            urls.Search,
            urls.PrintBook,
            handbook.Settings.Kleur is null ? null : urls.File(BrandingOutput.Stylesheet),
            handbook.Settings.Logo is { } logo ? urls.File(BrandingOutput.LogoPath(logo)) : null,
            handbook.Categorieen.Select(c => new LinkView(c.Categorie.Naam, urls.Category(c.Categorie.Id))).ToList(),
            handbook.Paginas.Select(p => new LinkView(p.Titel, urls.Page(p.Id))).ToList());
        var context = new SiteContext(handbook, urls, theme, new PageRenderer(theme, site), bodies, new CardViewFactory(handbook, urls, bodies, inputDir, GitHistory.Load(inputDir)), calendar,
            new ResponsibilityViewFactory(handbook, urls, calendar), inputDir);

        try
        {
            // Outputs are independent of each other: render them side by side on all cores.
            return Outputs.AsParallel().SelectMany(o => o.Produce(context)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (Unwrap(e) is ScriptRuntimeException template)
        {
            var at = new SourceLocation(template.Span.FileName, template.Span.Start.Line + 1, template.Span.Start.Column + 1);
            diagnostics.Error(at, $"fout in sjabloon: {template.OriginalMessage}");
            return null;
        }
    }

    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : e;
}
