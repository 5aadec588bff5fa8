using Handboek.Calendar;
using Handboek.Comparing;
using Handboek.Diagnostics;
using Handboek.Loading;
using Handboek.Model;
using Handboek.Outputs;
using Handboek.Provenance;
using Handboek.Rendering;
using Handboek.Scheduling;
using Handboek.Search;
using Handboek.Validation;

namespace Handboek.Building;

/// <summary>
/// The one entry point of the library. The phases, in order: Load (read the files, Loading), Validate (what lies
/// between files, Validation), Schedule (the calendar, once, Calendar), Plan (every output file, Outputs), Write
/// (render on all cores into the work folder, SiteWriter), Index (Pagefind) and Swap (the new site in place).
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
        new SearchWordsOutput(),
        new PrintBookOutput(),
        new CalendarPagesOutput(),
        new CalendarFeedsOutput(),
        new MomentsJsonOutput(),
        new RolePagesOutput(),
        new CoveragePagesOutput(),
        new RedirectsOutput(),
        new MaintenancePagesOutput(),
        new MatrixCsvOutput(),
        new SitemapOutput(),
        new HandbookJsonOutput(),
        new SchemaOutput(),
        new EditorOutput(),
        new ChangesOutput(),
        new StaticFilesOutput(),
        new BrandingOutput(),
    ];

    private static readonly ISiteOutput Attachments = new AttachmentsOutput();

    /// <summary>Validates the input without writing anything.</summary>
    public static BuildResult Check(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var read = Read(Path.GetFullPath(options.InputDir), options.SchoolYear, options.Today, diagnostics);
        return new BuildResult(diagnostics.ToSortedList(), read?.Handbook);
    }

    /// <summary>
    /// The phases before any output: load the files, validate what lies between them, schedule the moments in the
    /// school year and build the calendar once (the checks that need it, such as moments in holidays, run on it, and
    /// the outputs reuse it).
    /// </summary>
    /// <returns>Null when the input has errors.</returns>
    private static (Handbook Handbook, QualityCalendar Calendar, LoadedInput Loaded)? Read(string inputDir, SchoolYear? year, DateOnly today, DiagnosticBag diagnostics, CardCache? cards = null, BuildTimings? timings = null)
    {
        timings ??= new BuildTimings();
        if (timings.Phase("laden", () => HandbookLoader.Load(inputDir, year, today, diagnostics, cards)) is not { } loaded) return null;
        timings.Phase("verwijzingen controleren", () => HandbookValidator.ValidateReferences(loaded, today, diagnostics));
        var scheduled = timings.Phase("momenten plaatsen", () => loaded with { Cards = loaded.Cards.Select(c => c with { Card = MomentScheduler.Schedule(c.Card, loaded.Year, loaded.Data.Holidays, loaded.Data.HolidayRegions, diagnostics) }).ToList() });
        if (diagnostics.HasErrors || loaded.Data.Settings is null) return null;

        var (handbook, calendar) = timings.Phase("kalender", () =>
        {
            var handbook = scheduled.ToHandbook();
            return (handbook, new QualityCalendar(handbook));
        });
        timings.Phase("model controleren", () => HandbookValidator.ValidateModel(handbook, calendar, diagnostics));
        return (handbook, calendar, loaded);
    }

    /// <summary>
    /// The calendar of the school year after the site's, for the agenda feeds, so in July they already show September.
    /// Only once its moments can be placed on school days (the holidays of that year are known, or none are at all) and
    /// every moment has a date in it; the site's pages stay with their own year.
    /// </summary>
    private static QualityCalendar? NextYear(LoadedInput loaded)
    {
        var year = loaded.Year.Next();
        if (loaded.Data.Holidays.Count > 0 && !loaded.Data.Holidays.Any(h => year.Contains(h.Start))) return null;

        var scratch = new DiagnosticBag();
        var next = loaded with
        {
            Year = year,
            Data = loaded.Data with { Settings = loaded.Data.Settings! with { SchoolYear = year } },
            Cards = loaded.Cards.Select(c => c with { Card = MomentScheduler.Schedule(c.Card, year, loaded.Data.Holidays, loaded.Data.HolidayRegions, scratch) }).ToList(),
        };
        return scratch.HasErrors ? null : new QualityCalendar(next.ToHandbook());
    }

    /// <summary>
    /// Validates the input and compares it with the input in <paramref name="baseRef"/> (the base branch of a pull
    /// request): which cards, calendar moments and roles it changes.
    /// </summary>
    public static ComparisonResult Compare(BuildOptions options, string baseRef)
    {
        var head = Check(options);
        if (!head.Succeeded) return new ComparisonResult(head.Diagnostics, null, null);

        var work = Directory.CreateTempSubdirectory("handboek-basis-");
        try
        {
            var inputDir = Path.GetFullPath(options.InputDir);
            var (baseDir, error) = GitRevision.Export(inputDir, baseRef, work.FullName);
            if (baseDir is null) return new ComparisonResult(head.Diagnostics, null, error);

            // The base is read for the same school year, so a moment counts as moved only when its dates moved.
            var baseBook = Read(baseDir, head.Handbook!.Settings.SchoolYear, options.Today, new DiagnosticBag())?.Handbook;
            return baseBook is null
                ? new ComparisonResult(head.Diagnostics, null, $"de invoer in {baseRef} heeft zelf fouten, dus er is niet mee te vergelijken")
                : new ComparisonResult(head.Diagnostics, HandbookComparer.Compare(baseBook, baseDir, head.Handbook, inputDir), null);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Validates and renders the site into <paramref name="outputDir"/>; on any error the folder is left untouched.</summary>
    public static BuildResult Build(BuildOptions options, string outputDir)
    {
        var diagnostics = new DiagnosticBag();
        var inputDir = Path.GetFullPath(options.InputDir);
        if (OutputFolder.Problem(outputDir, [inputDir, options.ThemeDir]) is { } refusal) return new BuildResult([], null) { Refusal = refusal };
        SiteWriter.Recover(outputDir);
        var archiveWork = options.Archive ? Directory.CreateTempSubdirectory("handboek-archief-") : null;
        try
        {
            return Build(options with { ArchiveWorkDir = archiveWork?.FullName }, outputDir, inputDir, diagnostics);
        }
        finally
        {
            archiveWork?.Delete(recursive: true);
        }
    }

    private static BuildResult Build(BuildOptions options, string outputDir, string inputDir, DiagnosticBag diagnostics)
    {
        var timings = options.Timings ?? new BuildTimings();
        if (Plan(options, diagnostics, timings: timings) is not { } plan) return new BuildResult(diagnostics.ToSortedList(), null);

        SearchIndexOutcome? search = null;
        bool Index(string staging, IReadOnlySet<string> searchableFolders)
        {
            if (!options.SearchIndex) return true;
            search = timings.Phase("zoekindex (Pagefind)", () => PagefindIndexer.Index(staging, PagefindIndexer.Locate(inputDir), searchableFolders));
            if (search.Failed) diagnostics.Error(SourceLocation.StartOf(Path.GetFullPath(outputDir)), search.Message);
            return !search.Failed;
        }

        try
        {
            if (!SiteWriter.Write(outputDir, plan.Files, timings, Index)) return new BuildResult(diagnostics.ToSortedList(), null) { Search = search };
        }
        catch (Exception e) when (TemplateFailure.Of(e) is { } failure)
        {
            diagnostics.Add(failure);
            return new BuildResult(diagnostics.ToSortedList(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.StartOf(Path.GetFullPath(outputDir)), $"kan de site niet schrijven: {e.Message}");
            return new BuildResult(diagnostics.ToSortedList(), null);
        }

        var pages = plan.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics.ToSortedList(), plan.Handbook, pages) { Search = search, History = plan.History, Archive = plan.ArchiveMessage };
    }

    /// <summary>
    /// Loads and validates the input and lays out every file of the site, without rendering any: each file
    /// renders when asked. Null when the input has errors.
    /// </summary>
    /// <param name="cards">Cards kept from an earlier plan of the same data files (the preview).</param>
    /// <param name="timings">Gets the phases; by default <see cref="BuildOptions.Timings"/>, or a tally nobody reads.</param>
    public static SitePlan? Plan(BuildOptions options, DiagnosticBag diagnostics, CardCache? cards = null, BuildTimings? timings = null)
    {
        var inputDir = Path.GetFullPath(options.InputDir);
        timings ??= options.Timings ?? new BuildTimings();
        // The theme is parsed while the input is read; its problems join the input's after, so a theme error never cuts
        // the checks of the input short. Templates are timed only when --tijden asks: every include would pay for it.
        var themeDiagnostics = new DiagnosticBag();
        var loadingTheme = Task.Run(() => timings.Phase("thema (tegelijk met laden)", () => Theme.Load(Path.GetFullPath(options.ThemeDir), Path.Combine(inputDir, "theme"), themeDiagnostics, options.Timings)));
        var read = Read(inputDir, options.SchoolYear, options.Today, diagnostics, cards, timings);
        var theme = loadingTheme.GetAwaiter().GetResult();
        foreach (var problem in themeDiagnostics.ToSortedList()) diagnostics.Add(problem);
        if (read is not var (handbook, calendar, loaded) || diagnostics.HasErrors) return null;

        var urls = new SiteUrls(options.ArchiveOf?.BaseUrl ?? handbook.Settings.BaseUrl);
        var bodies = new BodyRenderer(handbook, urls);
        var site = new SiteView(
            handbook.Settings.Name,
            handbook.Settings.SchoolYear.ToString(),
            urls.Home,
            urls.Calendar(calendar.Full),
            urls.RoleMatrix,
            urls.File("assets/handboek.css"),
            urls.File("assets/"),
            urls.Search,
            urls.PrintBook,
            urls.Changes,
            urls.ChangesFeed,
            urls.Standards,
            urls.Laws,
            urls.Obligations,
            urls.Maintenance,
            handbook.Settings.Colour is null ? null : urls.File(BrandingOutput.Stylesheet),
            handbook.Settings.Logo is { } logo ? urls.File(BrandingOutput.LogoPath(logo)) : null,
            urls.File(BrandingOutput.IconPath(handbook.Settings)),
            handbook.Categories.Select(c => new LinkView(c.Category.Name, urls.Category(c.Category.Id))).ToList(),
            handbook.Pages.Select(p => new LinkView(p.Title, urls.Page(p.Id))).ToList())
        {
            Archive = options.ArchiveOf?.Year.ToString(),
            CurrentHome = options.ArchiveOf?.CurrentHome,
        };
        var changes = new ChangeViewFactory(handbook, urls, GitHistory.Load(inputDir), inputDir);
        var pages = new PageRenderer(theme, site, bodies);
        // Only the feeds and the calendar pages' note about them need it: the preview shows a saved card without it.
        var nextCalendar = new Lazy<QualityCalendar?>(() => timings.Phase("kalender volgend schooljaar", () => NextYear(loaded)));
        var calendarViews = new CalendarViewFactory(calendar, urls, nextCalendar);
        var context = new SiteContext(handbook, urls, theme, pages, bodies, new CardViewFactory(handbook, urls, bodies, changes), calendar, calendarViews,
            new ResponsibilityViewFactory(handbook, urls, calendar, calendarViews), changes, inputDir)
        {
            NextCalendar = nextCalendar,
            Today = options.Today,
            Warnings = diagnostics.ToSortedList(),
        };
        var generated = timings.Phase("bestanden vastleggen", () => Outputs.SelectMany(o => o.Produce(context).Select(f => f.OfKind(KindOf(o)))).ToList());
        string? archiveMessage = null;
        if (options.Archive && options.ArchiveWorkDir is { } workDir)
        {
            var archive = SiteArchive.Plan(options, handbook, inputDir, workDir);
            archiveMessage = archive.Message;
            generated.AddRange(archive.Files);
            if (archive.Years.Count > 0)
                generated.Add(new OutputFile("archief/index.html", () => pages.Render("archief", new PageView("Archief", urls.File("archief/"), "Het handboek zoals het in eerdere schooljaren gold.", "archief"), "archief", archive.Years)));
        }

        var attachments = Attachments.Produce(context).Select(f => f.OfKind(KindOf(Attachments))).ToList();
        AttachmentPathValidator.Validate(handbook, attachments.Select(f => f.Path).ToHashSet(StringComparer.Ordinal),
            generated.Select(f => f.Path).ToHashSet(StringComparer.Ordinal), diagnostics);
        if (diagnostics.HasErrors) return null;

        var files = generated.Concat(attachments).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new SitePlan(handbook, files, changes.History) { ArchiveMessage = archiveMessage };
    }

    /// <summary>The name <c>--tijden</c> reports an output's files under: CardPagesOutput is "CardPages".</summary>
    private static string KindOf(ISiteOutput output) => output.GetType().Name.Replace("Output", "", StringComparison.Ordinal);
}
