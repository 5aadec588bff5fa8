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

    /// <summary>Gives the chunks back for the next file; the writer calls it once the file is on disk.</summary>
    public void Release() => _chunks?.Release();

    /// <summary>One array, for a caller that keeps the file (the preview) or reads it whole (tests).</summary>
    public byte[] ToArray() => _chunks?.ToArray() ?? _array ?? [];
}
