using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Handboek.Diagnostics;

/// <summary>
/// Where a build spends its time, for <c>build --tijden</c>: each phase in wall time, and summed over all cores the
/// time to render and to write each kind of output and the time in each template (with the partials it includes, as
/// Hugo's <c>--templateMetrics</c> counts it). Thread-safe: the write phase reports from every core at once.
/// </summary>
public sealed class BuildTimings
{
    private readonly List<(string Name, TimeSpan Time)> _phases = [];
    private readonly ConcurrentDictionary<string, Tally> _outputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Tally> _templates = new(StringComparer.Ordinal);

    /// <summary>Runs one phase of the build and keeps its wall time under <paramref name="name"/>.</summary>
    public T Phase<T>(string name, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            lock (_phases) _phases.Add((name, Stopwatch.GetElapsedTime(start)));
        }
    }

    public void Phase(string name, Action work) => Phase(name, () =>
    {
        work();
        return true;
    });

    /// <param name="allocated">What rendering it asked of the garbage collector, in bytes.</param>
    public void Output(string kind, TimeSpan render, TimeSpan write, long bytes, long allocated) =>
        _outputs.GetOrAdd(kind, _ => new Tally()).Add(render, write, bytes, allocated);

    public void Template(string name, TimeSpan time) => _templates.GetOrAdd(name, _ => new Tally()).Add(time, TimeSpan.Zero, 0, 0);

    /// <summary>The report, in Dutch, one line per row; times in milliseconds.</summary>
    public IEnumerable<string> Report()
    {
        yield return "Fasen (kloktijd):";
        foreach (var (name, time) in _phases) yield return $"  {name,-28}{Ms(time),10}";
        yield return $"  {"totaal",-28}{Ms(_phases.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Time)),10}";
        yield return string.Create(CultureInfo.InvariantCulture,
            $"Geheugen: {GC.GetTotalAllocatedBytes() / 1e6:0} MB aangevraagd, {GC.CollectionCount(0)} keer opgeruimd (generatie 1: {GC.CollectionCount(1)}, 2: {GC.CollectionCount(2)}), {Ms(GC.GetTotalPauseDuration())} stilgestaan, hoogste werkgeheugen {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB.");
        // Code the runtime compiled while building (not ahead of time): the price of a short run, paid again on every build.
        yield return string.Create(CultureInfo.InvariantCulture,
            $"Vertaald tijdens het bouwen (JIT): {System.Runtime.JitInfo.GetCompiledMethodCount()} methoden, {Ms(System.Runtime.JitInfo.GetCompilationTime())} (opgeteld over alle kernen).");

        yield return "Uitvoer per soort (opgeteld over alle kernen):";
        yield return $"  {"soort",-28}{"bestanden",10}{"MB",9}{"maken",12}{"schrijven",12}{"MB aangevraagd",16}";
        foreach (var (kind, tally) in _outputs.OrderByDescending(o => o.Value.Total).ThenBy(o => o.Key, StringComparer.Ordinal))
            yield return $"  {kind,-28}{tally.Count,10}{Mb(tally.Bytes),9}{Ms(tally.First),12}{Ms(tally.Second),12}{Mb(tally.Allocated),16}";

        yield return "De tien traagste sjablonen (opgeteld, met wat ze invoegen):";
        yield return $"  {"sjabloon",-34}{"keer",9}{"totaal",10}{"gemiddeld",11}{"langste",10}";
        foreach (var (name, tally) in _templates.OrderByDescending(t => t.Value.Total).ThenBy(t => t.Key, StringComparer.Ordinal).Take(10))
            yield return $"  {name,-34}{tally.Count,9}{Ms(tally.First),10}{Ms(tally.First / tally.Count),11}{Ms(tally.Longest),10}";
    }

    private static string Ms(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0.0} ms");

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.0}");

    private sealed class Tally
    {
        private long _count, _first, _second, _bytes, _allocated, _longest;

        public long Count => Interlocked.Read(ref _count);
        public TimeSpan First => TimeSpan.FromTicks(Interlocked.Read(ref _first));
        public TimeSpan Second => TimeSpan.FromTicks(Interlocked.Read(ref _second));
        public TimeSpan Total => First + Second;
        public TimeSpan Longest => TimeSpan.FromTicks(Interlocked.Read(ref _longest));
        public long Bytes => Interlocked.Read(ref _bytes);
        public long Allocated => Interlocked.Read(ref _allocated);

        public void Add(TimeSpan first, TimeSpan second, long bytes, long allocated)
        {
            Interlocked.Add(ref _allocated, allocated);
            Interlocked.Increment(ref _count);
            Interlocked.Add(ref _first, first.Ticks);
            Interlocked.Add(ref _second, second.Ticks);
            Interlocked.Add(ref _bytes, bytes);
            for (var longest = Longest.Ticks; first.Ticks > longest; longest = Longest.Ticks)
            {
                if (Interlocked.CompareExchange(ref _longest, first.Ticks, longest) == longest) break;
            }
        }
    }
}
