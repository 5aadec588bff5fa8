namespace Handboek.Cli.Preview;

/// <summary>
/// Watches folders and reports the files saved in them, in batches: an editor that writes a file in several
/// steps, or a branch switch that changes many, gives one rebuild.
/// </summary>
public sealed class InputWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(15);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Timer _timer;

    public InputWatcher(IEnumerable<string> folders, Action<IReadOnlyCollection<string>> changed)
    {
        _timer = new Timer(_ =>
        {
            List<string> batch;
            lock (_gate)
            {
                batch = [.. _pending];
                _pending.Clear();
            }

            if (batch.Count > 0) changed(batch);
        });

        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Add(e.OldFullPath);
                Add(e.FullPath);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }

    private void Add(string path)
    {
        if (IsEditorScratch(Path.GetFileName(path))) return;
        lock (_gate) _pending.Add(path);
        _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Swap, backup and lock files editors keep beside the file being edited.</summary>
    private static bool IsEditorScratch(string name) =>
        name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal);
}
