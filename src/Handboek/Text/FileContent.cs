namespace Handboek.Text;

/// <summary>
/// The bytes of one output file: one array, or the chunks a render wrote them in. A large page or feed goes to disk
/// chunk by chunk, never copied into one array first: on a large handbook, making, zeroing and copying those arrays
/// (each on the large object heap) cost more than writing the files.
/// </summary>
public readonly struct FileContent
{
    private readonly byte[]? _array;
    private readonly ChunkedBuffer? _chunks;

    private FileContent(byte[]? array, ChunkedBuffer? chunks)
    {
        _array = array;
        _chunks = chunks;
    }

    public int Length => _chunks?.Length ?? _array?.Length ?? 0;

    public static implicit operator FileContent(byte[] bytes) => new(bytes, null);

    /// <summary>Takes the chunks by reference; <paramref name="chunks"/> is not written to afterwards.</summary>
    public static FileContent Of(ChunkedBuffer chunks) => new(null, chunks);

    public IReadOnlyList<ReadOnlyMemory<byte>> Segments() =>
        _chunks?.Segments() ?? (_array is null ? [] : [_array]);

    /// <summary>Whether <paramref name="needle"/> occurs in the bytes, also across the edge of two chunks.</summary>
    public bool Contains(ReadOnlySpan<byte> needle)
    {
        Span<byte> edge = stackalloc byte[2 * needle.Length];
        ReadOnlySpan<byte> before = [];
        foreach (var segment in Segments())
        {
            var span = segment.Span;
            if (span.IndexOf(needle) >= 0) return true;
            // The end of the chunks so far and the start of this one, for a needle cut in two.
            var tail = before[Math.Max(0, before.Length - (needle.Length - 1))..];
            var head = span[..Math.Min(span.Length, needle.Length - 1)];
            tail.CopyTo(edge);
            head.CopyTo(edge[tail.Length..]);
            if (edge[..(tail.Length + head.Length)].IndexOf(needle) >= 0) return true;
            before = span.Length >= needle.Length - 1 ? span : edge[..(tail.Length + head.Length)].ToArray();
        }

        return false;
    }

    /// <summary>Gives the chunks back for the next file; the writer calls it once the file is on disk.</summary>
    public void Release() => _chunks?.Release();

    /// <summary>One array, for a caller that keeps the file (the preview) or reads it whole (tests).</summary>
    public byte[] ToArray() => _chunks?.ToArray() ?? _array ?? [];
}
