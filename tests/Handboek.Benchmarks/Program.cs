using System.Diagnostics;
using System.Globalization;
using Handboek.Benchmarks;

// Times the published Release CLI (ReadyToRun) on synthetic handbooks; see "Prestaties" in the README.
// Usage: dotnet run --project tests/Handboek.Benchmarks -c Release -- [sizes, default 100,1000,10000] [runs, default 5] [--bewaar]
// --bewaar keeps the generated handbooks and sites for profiling and prints where they are.
// With hugo on the PATH (apt-get install hugo) it also builds the same cards with Hugo, in turns with Handboek
// (A B A B, output on /dev/shm when there is one), and prints the ratio of each pair's wall times, as a median.
var sizes = args.Length > 0 ? args[0].Split(',').Select(int.Parse).ToArray() : [100, 1000, 10000];
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var root = FindRoot();
var work = Directory.CreateTempSubdirectory("handboek-benchmark-").FullName;
var cli = Path.Combine(work, "cli", "handboek");

Run("dotnet", "publish", Path.Combine(root, "src", "Handboek.Cli"), "-c", "Release", "-p:PublishReadyToRun=true", "-o", Path.GetDirectoryName(cli)!);
var pagefind = Path.Combine(root, "node_modules", ".bin", "pagefind");

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| kaarten | bouw zonder Pagefind (min / mediaan) | piekgeheugen | uitvoer | Pagefind (min / mediaan) | serve: opslaan → nieuwe pagina (min / mediaan) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
foreach (var size in sizes)
{
    var input = Path.Combine(work, $"input-{size}");
    SyntheticHandbook.Write(input, size);
    var output = Path.Combine(work, $"site-{size}");

    // Run from the work folder, where no node_modules is found: this times the build without Pagefind.
    var builds = Enumerable.Range(0, runs).Select(_ => Measure(work, cli, "build", "-i", input, "-o", output)).ToList();
    // Pagefind as a build runs it (reading only the folders of pages marked for search): a build from the repository,
    // where node_modules is found, gives the time of that phase under --tijden.
    var index = File.Exists(pagefind)
        ? Enumerable.Range(0, runs).Select(_ => PagefindSeconds(Capture(root, cli, "build", "-i", input, "-o", output, "--tijden"))).ToList()
        : [];
    var bytes = new DirectoryInfo(output).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
    var pagefindTimes = index.Count == 0 ? "niet geïnstalleerd" : FormattableString.Invariant($"{Min(index):0.00} s / {Median(index):0.00} s");
    var saves = ServeLatencies(work, cli, input, size, runs);
    Console.WriteLine(FormattableString.Invariant(
        $"| {size:N0} | {Min(builds.Select(b => b.Seconds)):0.00} s / {Median(builds.Select(b => b.Seconds)):0.00} s | {builds.Max(b => b.PeakBytes) / 1024 / 1024} MB | {bytes / 1024 / 1024.0:0.0} MB | {pagefindTimes} | {Min(saves):0} ms / {Median(saves):0} ms |"));
}

if (FindOnPath("hugo") is { } hugo)
{
    var versions = Capture(Environment.CurrentDirectory, hugo, "version");
    var tmpfs = Directory.Exists("/dev/shm") ? Directory.CreateTempSubdirectory("handboek-hugo-").FullName : null;
    var outputs = tmpfs ?? work;
    Console.WriteLine();
    Console.WriteLine($"Tegen {versions.Split(' ').Take(2).Last()}, om beurten, {runs} paren, uitvoer in {(tmpfs is null ? "de werkmap" : "/dev/shm")}:");
    Console.WriteLine();
    Console.WriteLine("| kaarten | Hugo (mediaan) | Handboek (mediaan) | Handboek / Hugo (mediaan van de paren) | piekgeheugen Hugo / Handboek |");
    Console.WriteLine("|---:|---:|---:|---:|---:|");
    foreach (var size in sizes)
    {
        var input = Path.Combine(work, $"input-{size}");
        var hugoSite = Path.Combine(work, $"hugo-{size}");
        HugoSite.Write(input, Path.Combine(root, "theme"), hugoSite);
        var hugoOut = Path.Combine(outputs, $"hugo-site-{size}");
        var handboekOut = Path.Combine(outputs, $"handboek-site-{size}");
        (double Seconds, long PeakBytes) Hugo() => Fresh(hugoOut, () => Measure(hugoSite, hugo, "--quiet", "-d", hugoOut));
        (double Seconds, long PeakBytes) Handboek() => Fresh(handboekOut, () => Measure(work, cli, "build", "-i", input, "-o", handboekOut));
        Hugo();
        Handboek();
        var pairs = Enumerable.Range(0, runs).Select(_ => (Hugo: Hugo(), Handboek: Handboek())).ToList();
        Console.WriteLine(FormattableString.Invariant(
            $"| {size:N0} | {Median(pairs.Select(p => p.Hugo.Seconds)):0.00} s | {Median(pairs.Select(p => p.Handboek.Seconds)):0.00} s | {Median(pairs.Select(p => p.Handboek.Seconds / p.Hugo.Seconds)):0.00} | {pairs.Max(p => p.Hugo.PeakBytes) / 1024 / 1024} / {pairs.Max(p => p.Handboek.PeakBytes) / 1024 / 1024} MB |"));
    }

    if (tmpfs is not null) Directory.Delete(tmpfs, recursive: true);
}

if (args.Contains("--bewaar")) Console.WriteLine($"\nBewaard in {work}");
else Directory.Delete(work, recursive: true);

// Each run starts from nothing, as a first build does: Handboek's work folder beside the site goes too.
static (double Seconds, long PeakBytes) Fresh(string output, Func<(double, long)> run)
{
    foreach (var left in new[] { output, Handboek.Building.OutputFolder.WorkDir(output) })
    {
        if (Directory.Exists(left)) Directory.Delete(left, recursive: true);
    }

    return run();
}

static string? FindOnPath(string name) =>
    (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

static double PagefindSeconds(string tijden) =>
    System.Text.RegularExpressions.Regex.Match(tijden, @"zoekindex \(Pagefind\) +([0-9.]+) ms") is { Success: true } phase
        ? double.Parse(phase.Groups[1].Value, CultureInfo.InvariantCulture) / 1000
        : throw new InvalidOperationException("build --tijden gaf geen tijd voor Pagefind:\n" + tijden);

static string Capture(string workingDirectory, string file, params string[] arguments)
{
    var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in arguments) start.ArgumentList.Add(a);
    using var process = Process.Start(start)!;
    // The build's warnings are not the runner's output, but a full pipe would stop the build.
    var errors = process.StandardError.ReadToEndAsync();
    var text = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    errors.Wait();
    return text.Trim();
}

static (double Seconds, long PeakBytes) Measure(string workingDirectory, string file, params string[] arguments)
{
    var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in arguments) start.ArgumentList.Add(a);
    var watch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var errors = process.StandardError.ReadToEndAsync();
    long peak = 0;
    while (!process.WaitForExit(5))
    {
        try
        {
            process.Refresh();
            peak = Math.Max(peak, process.PeakWorkingSet64);
        }
        catch (InvalidOperationException)
        {
            break;
        }
    }

    watch.Stop();
    if (process.ExitCode != 0) throw new InvalidOperationException($"{file} failed: {errors.Result}{output.Result}");
    return (watch.Elapsed.TotalSeconds, peak);
}

// From writing a card to the preview serving its page with the change: file watching, the incremental
// rebuild and rendering the page the reloading browser asks for.
static List<double> ServeLatencies(string work, string cli, string input, int size, int runs)
{
    var port = FreePort();
    var start = new ProcessStartInfo(cli) { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in new[] { "serve", "-i", input, "--port", port.ToString(CultureInfo.InvariantCulture), "-o", Path.Combine(work, $"voorbeeld-{size}") })
        start.ArgumentList.Add(a);
    using var server = Process.Start(start)!;
    try
    {
        while (server.StandardOutput.ReadLine() is { } line && !line.StartsWith("Voorbeeld op", StringComparison.Ordinal))
        {
        }

        _ = server.StandardOutput.ReadToEndAsync();
        _ = server.StandardError.ReadToEndAsync();
        var card = Directory.EnumerateFiles(Path.Combine(input, "kaarten"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var url = $"http://127.0.0.1:{port}/kaarten/{Path.GetFileNameWithoutExtension(card)}/";
        using var http = new HttpClient();
        var original = File.ReadAllText(card);
        if (!http.GetStringAsync(url).Result.Contains("<title>", StringComparison.Ordinal)) throw new InvalidOperationException($"{url} is not a card page");

        var latencies = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var marker = $"bewerkt{run}";
            var watch = Stopwatch.StartNew();
            File.WriteAllText(card, original.Replace("\ntitel: ", $"\ntitel: {marker} ", StringComparison.Ordinal));
            while (!http.GetStringAsync(url).Result.Contains(marker, StringComparison.Ordinal))
            {
            }

            latencies.Add(watch.Elapsed.TotalMilliseconds);
            // Let the background work of this save (writing changed files for the search index) end first.
            Thread.Sleep(TimeSpan.FromSeconds(1 + size / 1000));
        }

        File.WriteAllText(card, original);
        return latencies;
    }
    finally
    {
        server.Kill(entireProcessTree: true);
    }
}

static int FreePort()
{
    using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
    listener.Start();
    return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
}

static void Run(string file, params string[] arguments) => Measure(Environment.CurrentDirectory, file, arguments);

static double Min(IEnumerable<double> values) => values.Min();

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Handboek.sln"))) return dir.FullName;
    throw new InvalidOperationException("Handboek.sln not found");
}
