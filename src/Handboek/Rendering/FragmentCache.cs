using System.Collections.Concurrent;

namespace Handboek.Rendering;

/// <summary>
/// HTML that many pages show, rendered the first time a page asks for it and kept for the rest of the build: a
/// calendar entry is listed on a dozen calendar, poster and role pages of a large handbook, and the printable
/// handbook lists every card before it shows any body. Owned by the <see cref="PageRenderer"/>; the views stay plain
/// data and the templates reach these through <see cref="FragmentMembers"/> (<c>m.html</c>, <c>kaart.html</c>).
/// </summary>
public sealed class FragmentCache(Func<string, object, Utf8TemplateOutput> renderPartial, BodyRenderer bodies)
{
    private readonly ConcurrentDictionary<(EntryView, string), Lazy<Utf8TemplateOutput>> _entries = new(new EntryKeyComparer());
    private readonly ConcurrentDictionary<CardView, Lazy<BodyHtml>> _bodies = new(ReferenceEqualityComparer.Instance);

    /// <param name="partial">Name under partials/, without extension.</param>
    public Utf8TemplateOutput Entry(EntryView entry, string partial) =>
        _entries.GetOrAdd((entry, partial), key => new Lazy<Utf8TemplateOutput>(() => renderPartial(key.Item2, key.Item1))).Value;

    public BodyHtml Body(CardView card) =>
        _bodies.GetOrAdd(card, c => new Lazy<BodyHtml>(() => bodies.Render(c.Source, c.IdPrefix))).Value;

    /// <summary>By reference: two entries alike in every field are still two places on a page.</summary>
    private sealed class EntryKeyComparer : IEqualityComparer<(EntryView, string)>
    {
        public bool Equals((EntryView, string) x, (EntryView, string) y) => ReferenceEquals(x.Item1, y.Item1) && x.Item2 == y.Item2;

        public int GetHashCode((EntryView, string) key) => HashCode.Combine(ReferenceEqualityComparer.Instance.GetHashCode(key.Item1), key.Item2);
    }
}
