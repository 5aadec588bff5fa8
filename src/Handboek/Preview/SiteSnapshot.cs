using Handboek.Building;
using Handboek.Model;
using Handboek.Outputs;

namespace Handboek.Preview;

/// <summary>
/// The site as the preview serves it. Each file renders once, when first asked for; after a card is saved the
/// next snapshot keeps every rendered file that card cannot have changed.
/// </summary>
public sealed class SiteSnapshot
{
    private readonly Dictionary<string, Entry> _files;

    private SiteSnapshot(Handbook handbook, Dictionary<string, Entry> files, int reused)
    {
        Handbook = handbook;
        _files = files;
        Reused = reused;
    }

    public Handbook Handbook { get; }

    public IReadOnlyCollection<string> Paths => _files.Keys;

    /// <summary>How many files were taken over from the previous snapshot instead of rendered again.</summary>
    public int Reused { get; }

    public int Count => _files.Count;

    /// <param name="changedCards">The ids of the cards saved since <paramref name="previous"/>; null when
    /// anything else changed (data files, pages, the theme), which renders everything again.</param>
    public static SiteSnapshot Create(SitePlan plan, SiteSnapshot? previous, IReadOnlySet<string>? changedCards)
    {
        var files = new Dictionary<string, Entry>(plan.Files.Count, StringComparer.Ordinal);
        var reused = 0;
        foreach (var file in plan.Files)
        {
            if (changedCards is not null && previous?._files.GetValueOrDefault(file.Path) is { } old
                && Untouched(old.File, changedCards) && Untouched(file, changedCards))
            {
                files[file.Path] = old;
                reused++;
            }
            else
            {
                files[file.Path] = new Entry(file, new Lazy<byte[]>(file.Render));
            }
        }

        return new SiteSnapshot(plan.Handbook, files, reused);
    }

    /// <summary>The file's bytes, rendered now if nobody asked for them before; null for a path the site lacks.</summary>
    public byte[]? Content(string path) => _files.TryGetValue(path, out var entry) ? entry.Content.Value : null;

    /// <summary>Whether <paramref name="path"/> holds the same rendering in both snapshots, without rendering it.</summary>
    public bool SameAs(SiteSnapshot? other, string path) =>
        other is not null && other._files.TryGetValue(path, out var theirs) && _files.TryGetValue(path, out var ours) && ReferenceEquals(theirs, ours);

    private static bool Untouched(OutputFile file, IReadOnlySet<string> changedCards) =>
        file.DependsOn is { } cards && !cards.Overlaps(changedCards);

    private sealed record Entry(OutputFile File, Lazy<byte[]> Content);
}
