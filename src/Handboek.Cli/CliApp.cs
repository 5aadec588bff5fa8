using System.CommandLine;
using Handboek.Building;
using Handboek.Cli.GitHub;
using Handboek.Cli.Preview;
using Handboek.Comparing;
using Handboek.Diagnostics;
using Handboek.Model;
using Handboek.Scaffolding;

namespace Handboek.Cli;

/// <summary>The <c>handboek</c> command: a thin shell over <see cref="HandbookBuilder"/> that prints in Dutch.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int InputErrors = 1;
    public const int UsageError = 2;
    public const int UnexpectedError = 3;

    /// <param name="clock">Overrides "today" for tests; otherwise SOURCE_DATE_EPOCH, else the system clock.</param>
    /// <param name="environment">Reads environment variables (GITHUB_ACTIONS, GITHUB_STEP_SUMMARY, SOURCE_DATE_EPOCH); injectable for tests.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? clock = null, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (!SourceDateEpoch.TryRead(environment(SourceDateEpoch.Variable), out var epoch, out var problem))
        {
            error.WriteLine($"handboek: {problem}.");
            return UsageError;
        }

        var today = clock ?? epoch ?? TimeProvider.System;
        var ci = new ActionsReporter(environment, output);
        var input = new Option<string>("--input", "-i") { Description = "Map met handboek.yml en kaarten/", DefaultValueFactory = _ => "input" };
        var outputDir = new Option<string>("--output", "-o") { Description = "Map waarin de site komt", DefaultValueFactory = _ => "_site" };
        var year = new Option<SchoolYear?>("--schooljaar")
        {
            Description = "Schooljaar, bijvoorbeeld 2025-2026 (standaard: uit handboek.yml of het huidige schooljaar)",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (SchoolYear.TryParse(text, out var parsed)) return parsed;
                result.AddError($"'{text}' is geen schooljaar; schrijf het als 2025-2026");
                return null;
            },
        };

        BuildOptions Options(ParseResult p) => new(p.GetValue(input)!, ThemeDir)
        {
            SchoolYear = p.GetValue(year),
            Clock = today,
        };

        var archive = new Option<bool>("--archief") { Description = $"Bouw ook het handboek zoals het aan het eind van de laatste {SiteArchive.MaxYears} schooljaren gold, uit de Git-geschiedenis, in /archief/<schooljaar>/" };
        var times = new Option<bool>("--tijden") { Description = "Toon hoe lang elke fase, elke soort uitvoer en de tien traagste sjablonen duurden" };
        var build = new Command("build", "Controleer de kaarten en bouw de site") { input, outputDir, year, archive, times };
        build.SetAction(p =>
        {
            var target = p.GetValue(outputDir)!;
            var timings = p.GetValue(times) ? new BuildTimings() : null;
            var result = HandbookBuilder.Build(Options(p) with { Archive = p.GetValue(archive), Timings = timings }, target);
            if (result.Refusal is { } refusal)
            {
                error.WriteLine($"handboek: {refusal}.");
                return UsageError;
            }

            Report(result, error);
            if (result.Search is { Failed: false } search) output.WriteLine(char.ToUpperInvariant(search.Message[0]) + search.Message[1..] + ".");
            if (result.History is { IsShallow: true }) output.WriteLine(ShallowCloneNote);
            if (result.Archive is { } archived) output.WriteLine(char.ToUpperInvariant(archived[0]) + archived[1..] + ".");
            var outcome = result.Succeeded
                ? $"Site gebouwd in {target}: {Plural(result.PageCount, "pagina", "pagina's")}, {Plural(result.Handbook!.Cards.Count, "kaart", "kaarten")}, schooljaar {result.Handbook.Settings.SchoolYear}{Warnings(result)}."
                : $"{Counts(result.Diagnostics)}: er is niets geschreven; een eerder gebouwde site in {target} is ongewijzigd.";
            output.WriteLine(outcome);
            foreach (var line in timings?.Report() ?? []) output.WriteLine(line);
            ci.Report("Handboek build", outcome, result.Diagnostics);
            return result.Succeeded ? Ok : InputErrors;
        });

        var check = new Command("check", "Controleer de kaarten zonder de site te bouwen") { input, year };
        check.SetAction(p =>
        {
            var result = HandbookBuilder.Check(Options(p));
            Report(result, error);
            var outcome = result.Succeeded
                ? $"Geen fouten in {Plural(result.Handbook!.Cards.Count, "kaart", "kaarten")} (schooljaar {result.Handbook.Settings.SchoolYear}){Warnings(result)}."
                : $"{Counts(result.Diagnostics)} gevonden.";
            output.WriteLine(outcome);
            ci.Report("Handboek check", outcome, result.Diagnostics);
            return result.Succeeded ? Ok : InputErrors;
        });

        var baseRef = new Option<string>("--base") { Description = "Commit of branch om mee te vergelijken, bijvoorbeeld origin/main", Required = true };
        var diff = new Command("diff", "Laat zien welke kaarten, kalendermomenten en rollen veranderen ten opzichte van een andere versie") { input, year, baseRef };
        diff.SetAction(p =>
        {
            var reference = p.GetValue(baseRef)!;
            var result = HandbookBuilder.Compare(Options(p), reference);
            foreach (var diagnostic in result.Diagnostics) error.WriteLine(Format(diagnostic));
            if (!result.Succeeded)
            {
                output.WriteLine($"{Counts(result.Diagnostics)}: verbeter eerst de fouten, dan volgt de vergelijking met {VisibleText.Of(reference)}.");
                return InputErrors;
            }

            if (result.Changes is not { } changes)
            {
                error.WriteLine($"handboek: {VisibleText.Of(result.Problem!)}.");
                return UsageError;
            }

            var headlines = ChangeSummary.Headlines(changes);
            var details = ChangeSummary.Details(changes);
            output.WriteLine($"Vergeleken met {VisibleText.Of(reference)}:");
            foreach (var line in headlines) output.WriteLine("  " + VisibleText.Of(line));
            foreach (var line in details) output.WriteLine("  - " + VisibleText.Of(line));
            ci.AppendSummary(WorkflowAnnotations.ChangesSummary(reference, headlines, details));
            return Ok;
        });

        var title = new Argument<string>("titel") { Description = "De titel van de nieuwe kaart, tussen aanhalingstekens" };
        var category = new Option<string?>("--categorie") { Description = "De categorie, zoals \"Sociale veiligheid\"; de kaart komt in die map onder kaarten/" };
        var scaffold = new Command("nieuw", "Maak een nieuwe kaart met alle sleutels en uitleg, als concept") { title, category, input };
        scaffold.SetAction(p =>
        {
            var (file, problem) = CardScaffold.Write(Path.GetFullPath(p.GetValue(input)!), p.GetValue(title)!, p.GetValue(category));
            if (file is null)
            {
                error.WriteLine($"handboek: {problem}.");
                return UsageError;
            }

            output.WriteLine($"Nieuwe kaart: {DisplayPath(file)} (status concept). Vul de sleutels in en controleer met 'handboek check'.");
            return Ok;
        });

        var schemaFile = new Option<string>("--uitvoer") { Description = "Het bestand waarin het schema komt, bijvoorbeeld kaart.schema.json", Required = true };
        var schema = new Command("schema", "Schrijf de sleutels van een kaart als JSON Schema, voor editors die daarmee aanvullen en controleren") { input, year, schemaFile };
        schema.SetAction(p =>
        {
            var result = HandbookBuilder.Check(Options(p));
            Report(result, error);
            if (!result.Succeeded)
            {
                output.WriteLine($"{Counts(result.Diagnostics)}: verbeter eerst de fouten; het schema neemt de rollen, standaarden en kaarten over.");
                return InputErrors;
            }

            var file = Path.GetFullPath(p.GetValue(schemaFile)!);
            // Replaces only a schema it wrote before: the user may mistype the name of a file that matters.
            if (Directory.Exists(file) || (File.Exists(file) && !Handboek.Schema.CardJsonSchema.IsOne(file)))
            {
                error.WriteLine($"handboek: {DisplayPath(file)} bestaat al en is geen schema van Handboek; kies een andere naam.");
                return UsageError;
            }

            File.WriteAllBytes(file, Handboek.Schema.CardJsonSchema.Write(result.Handbook!));
            output.WriteLine($"Schema geschreven naar {DisplayPath(file)}.");
            return Ok;
        });

        var port = new Option<int>("--port") { Description = "Poort op 127.0.0.1 voor het voorbeeld", DefaultValueFactory = _ => 5000 };
        var previewDir = new Option<string?>("--output", "-o") { Description = "Map waarin het voorbeeld voor de zoekindex wordt geschreven (standaard een tijdelijke map)" };
        var serve = new Command("serve", "Bouw de site, toon hem op http://127.0.0.1:5000 en werk hem bij zodra je een bestand opslaat") { input, year, port, previewDir };
        serve.SetAction(async (p, stop) =>
        {
            var options = Options(p);
            var chosen = p.GetValue(previewDir);
            if (chosen is not null && OutputFolder.Problem(chosen, [Path.GetFullPath(options.InputDir), ThemeDir]) is { } refusal)
            {
                error.WriteLine($"handboek: {refusal}.");
                return UsageError;
            }

            // A fresh private folder (mode 700, a random name): a folder with a predictable name in the shared temp
            // folder could be a link another user planted.
            var temporary = chosen is null ? Directory.CreateTempSubdirectory("handboek-voorbeeld-") : null;
            var mirror = chosen ?? temporary!.FullName;
            try
            {
                return await Serve(options, p.GetValue(port), mirror, output, error, stop);
            }
            finally
            {
                temporary?.Delete(recursive: true);
            }
        });

        var debug = new Option<bool>("--debug") { Description = "Toon bij een onverwachte fout alle technische details", Recursive = true };
        var root = new RootCommand("Handboek: bouwt het kwaliteitshandboek van een schoolbestuur als website") { build, check, diff, scaffold, serve, schema, debug };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) error.WriteLine($"handboek: {VisibleText.Of(e.Message)}");
            error.WriteLine("Gebruik 'handboek --help' voor de opties.");
            return UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // Every input error is a diagnostic; this is a fault of Handboek or of the machine, said in one line.
            error.WriteLine(parsed.GetValue(debug) ? e.ToString() : Unexpected(e));
            return UnexpectedError;
        }
    }

    public static string Unexpected(Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: > 0 } aggregate) e = aggregate.InnerExceptions[0];
        var what = e switch
        {
            OutOfMemoryException => "het geheugen van de computer is op",
            IOException or UnauthorizedAccessException => $"een bestand kon niet worden gelezen of geschreven ({e.Message})",
            _ => $"{e.GetType().Name}: {e.Message}",
        };
        what = VisibleText.Of(what);
        return $"handboek: er ging iets onverwachts mis: {what}. Een eerder gebouwde site is niet aangetast. " +
            "Draai de opdracht opnieuw met --debug voor de details en meld ze aan de beheerder van Handboek.";
    }

    private static async Task<int> Serve(BuildOptions options, int port, string mirror, TextWriter output, TextWriter error, CancellationToken stop)
    {
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, port, mirror, [Path.GetFullPath(options.InputDir), ThemeDir], output, error);
        }
        catch (IOException e)
        {
            error.WriteLine($"handboek: kan niet luisteren op poort {port}: {e.Message}. Kies een andere met --port.");
            return UsageError;
        }

        await using (server)
        {
            output.WriteLine($"Voorbeeld op {server.Address} ; opgeslagen wijzigingen in {DisplayPath(Path.GetFullPath(options.InputDir))} zijn direct te zien. Stop met Ctrl+C.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("Voorbeeld gestopt.");
            }
        }

        return Ok;
    }

    public const string ShallowCloneNote =
        "Let op: de repository is een kopie zonder geschiedenis (shallow clone). 'Laatst gewijzigd' op de kaarten en de pagina Wijzigingen " +
        "blijven daarom leeg in plaats van verkeerde datums te tonen. Haal de hele geschiedenis op met 'git fetch --unshallow' " +
        "(in GitHub Actions: 'fetch-depth: 0' bij actions/checkout).";

    /// <summary>The theme shipped next to the executable.</summary>
    private static string ThemeDir => Path.Combine(AppContext.BaseDirectory, "theme");

    private static void Report(BuildResult result, TextWriter error)
    {
        foreach (var diagnostic in result.Diagnostics) error.WriteLine(Format(diagnostic));
    }

    internal static string Format(Diagnostic diagnostic) => diagnostic.Format(DisplayPath(diagnostic.Location.File));

    /// <summary>Relative to the working directory, so editors and CI can jump to the line.</summary>
    internal static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return VisibleText.Of((relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/'));
    }

    internal static string Counts(IReadOnlyList<Diagnostic> diagnostics) =>
        $"{Plural(diagnostics.Count(d => d.Severity == Severity.Error), "fout", "fouten")}, {Plural(diagnostics.Count(d => d.Severity == Severity.Warning), "waarschuwing", "waarschuwingen")}";

    private static string Warnings(BuildResult result) =>
        result.WarningCount == 0 ? "" : $", {Plural(result.WarningCount, "waarschuwing", "waarschuwingen")}";

    private static string Plural(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
