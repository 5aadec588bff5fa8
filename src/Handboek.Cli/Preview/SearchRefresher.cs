using Handboek.Preview;
using Handboek.Rendering;
using Handboek.Search;

namespace Handboek.Cli.Preview;

/// <summary>
/// Brings the search index up to date after rebuilds, in the background so the browser reloads without
/// waiting: once the saving has paused for a moment, writes the changed files to the preview's folder and
/// runs Pagefind over it. Rebuilds that arrive meanwhile are folded into one next run. Without Pagefind
/// there is no index to refresh and it does nothing.
/// </summary>
public sealed class SearchRefresher(SiteMirror mirror, string? pagefind, TextWriter log)
{
    /// <summary>Saves closer together than this are typing, not finished edits: index after the last one.</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private SiteSnapshot? _next;
    private long _nextAt;
    private bool _working;
    private Task _running = Task.CompletedTask;

    /// <summary>Finishes when the index matches the latest snapshot handed in.</summary>
    public Task Idle
    {
        get { lock (_gate) return _running; }
    }

    public void Refresh(SiteSnapshot snapshot)
    {
        if (pagefind is null) return;
        lock (_gate)
        {
            _next = snapshot;
            _nextAt = Environment.TickCount64;
            if (_working) return;
            _working = true;
            _running = Task.Run(Work);
        }
    }

    private void Work()
    {
        while (true)
        {
            SiteSnapshot snapshot;
            TimeSpan wait;
            lock (_gate)
            {
                if (_next is null)
                {
                    _working = false;
                    return;
                }

                wait = Pause - TimeSpan.FromMilliseconds(Environment.TickCount64 - _nextAt);
                snapshot = _next;
                if (wait <= TimeSpan.Zero) _next = null;
            }

            if (wait > TimeSpan.Zero)
            {
                Thread.Sleep(wait);
                continue;
            }

            try
            {
                mirror.Update(snapshot);
                var outcome = PagefindIndexer.Index(mirror.Dir, pagefind);
                if (outcome.Failed) log.WriteLine($"Zoeken niet bijgewerkt: {outcome.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.WriteLine($"Zoeken niet bijgewerkt: kan niet schrijven in {mirror.Dir}: {e.Message}");
            }
            catch (Exception e) when (TemplateFailure.Of(e) is { } failure)
            {
                // The browser shows the same failure on the page that hits it.
                log.WriteLine($"Zoeken niet bijgewerkt: {failure.Message}");
            }
        }
    }
}
