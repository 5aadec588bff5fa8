using System.Collections.Concurrent;
using System.Security.Cryptography;
using Handboek.Diagnostics;

namespace Handboek.Loading;

/// <summary>
/// Keeps what an earlier load read from each card file, so the preview re-reads only the cards that were
/// saved since. Valid for one version of the data files: the preview starts a new cache when they change.
/// </summary>
public sealed class CardCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    internal ReadCard? Read(string file, Func<DiagnosticBag, ReadCard?> read, DiagnosticBag diagnostics)
    {
        // By content, not modification time: two saves within the clock's resolution must not look alike.
        string stamp;
        try
        {
            stamp = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _entries.TryRemove(file, out _);
            return read(diagnostics);
        }

        if (!_entries.TryGetValue(file, out var entry) || entry.Stamp != stamp)
        {
            var own = new DiagnosticBag();
            entry = new Entry(stamp, read(own), own.ToSortedList());
            _entries[file] = entry;
        }

        foreach (var diagnostic in entry.Diagnostics) diagnostics.Add(diagnostic);
        return entry.Card;
    }

    private sealed record Entry(string Stamp, ReadCard? Card, IReadOnlyList<Diagnostic> Diagnostics);
}
