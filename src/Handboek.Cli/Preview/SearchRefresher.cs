using Handboek.Preview;
using Handboek.Rendering;
using Handboek.Search;

namespace Handboek.Cli.Preview;

/// <summary>
/// Brings the search index up to date after rebuilds, in the background so the browser reloads without
/// waiting: writes the changed files to the preview's folder and runs Pagefind over it. Rebuilds that arrive
/// while it works are folded into one next run.
/// </summary>
public sealed class SearchRefresher(SiteMirror mirror, string? pagefind, TextWriter log)
{
    private readonly Lock _gate = new();
    private SiteSnapshot? _next;
    private bool _working;
    private Task _running = Task.CompletedTask;

    /// <summary>Finishes when the index matches the latest snapshot handed in.</summary>
    public Task Idle
    {
        get { lock (_gate) return _running; }
    }

    public void Refresh(SiteSnapshot snapshot)
    {
        lock (_gate)
        {
            _next = snapshot;
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
            lock (_gate)
            {
                if (_next is null)
                {
                    _working = false;
                    return;
                }

                snapshot = _next;
                _next = null;
            }

            try
            {
                mirror.Update(snapshot);
                if (pagefind is null) continue;
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
