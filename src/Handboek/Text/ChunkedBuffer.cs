using System.Buffers;
using System.Numerics;

namespace Handboek.Text;

/// <summary>
/// Bytes written in chunks small enough to stay off the large object heap, and copied once, at the end. A file of
/// tens of megabytes built in one growing array would leave every smaller copy behind for the garbage collector.
/// Chunks start small and double, so a fragment of a few hundred bytes (one calendar entry) does not hold 64 KB.
/// </summary>
public sealed class ChunkedBuffer : IBufferWriter<byte>
{
    private const int FirstChunkSize = 512;
    private const int MaxChunkSize = 64 * 1024;
    private const int CopiedBelow = 4 * 1024;
    private readonly List<ArraySegment<byte>> _full = [];
    private byte[] _chunk = [];

    /// <summary>The chunks this buffer wrote, and those of buffers it adopted: what <see cref="Release"/> gives back.</summary>
    private List<byte[]>? _owned;
    private int _start;
    private int _used;

    public int Length { get; private set; }

    /// <summary>True once another buffer holds this one's bytes by reference: from then on it only reads.</summary>
    public bool IsFrozen { get; private set; }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        ThrowIfFrozen();
        if (_chunk.Length - _used < Math.Max(sizeHint, 1))
        {
            Seal();
            var size = Math.Clamp(_chunk.Length * 2, FirstChunkSize, MaxChunkSize);
            // A value that must be written in one piece (raw JSON shared by the momenten.json of every school of a
            // region, megabytes on a large handbook) gets a chunk of the next power of two, which the pool keeps.
            _chunk = ChunkPool.Rent(sizeHint <= size ? size : (int)Math.Min(BitOperations.RoundUpToPowerOf2((uint)sizeHint), int.MaxValue));
            (_owned ??= []).Add(_chunk);
            _start = _used = 0;
        }

        return _chunk.AsSpan(_used);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        GetSpan(sizeHint);
        return _chunk.AsMemory(_used);
    }

    public void Advance(int count)
    {
        ThrowIfFrozen();
        _used += count;
        Length += count;
    }

    /// <summary>
    /// Adds the bytes of <paramref name="other"/>, by reference when it is large (a page's content, a month), and freezes
    /// it: a write to it afterwards would change what this buffer holds, so it throws. Writing goes on in the rest of the
    /// current chunk, so appending thousands of fragments costs no new chunks.
    /// </summary>
    public void Append(ChunkedBuffer other)
    {
        other.IsFrozen = true;
        if (other.Length <= CopiedBelow)
        {
            // A calendar entry or a card link: copying its bytes costs less than keeping track of its chunks, which the
            // file writer copies anyway.
            foreach (var segment in other._full) this.Write(segment);
            this.Write(other.Pending());
            return;
        }

        Seal();
        _full.AddRange(other._full);
        if (other._used > other._start) _full.Add(other.Pending());
        Length += other.Length;
    }

    /// <summary>
    /// Takes over the chunks of <paramref name="other"/>, whose bytes this buffer holds and which nothing else will: the
    /// content of a page inside the base layout. They are released with this one.
    /// </summary>
    public void Adopt(ChunkedBuffer other)
    {
        if (other._owned is null) return;
        (_owned ??= []).AddRange(other._owned);
        other._owned = null;
    }

    /// <summary>
    /// Gives this buffer's chunks back for the next file, once its bytes are written or copied: only for a buffer that
    /// no other holds by reference (a whole file, or a buffer whose bytes were copied out). It is empty afterwards.
    /// </summary>
    public void Release()
    {
        if (IsFrozen) throw new InvalidOperationException("another buffer holds this one's bytes by reference");
        foreach (var chunk in _owned ?? []) ChunkPool.Return(chunk);
        _owned = null;
        _full.Clear();
        _chunk = [];
        _start = _used = 0;
        Length = 0;
    }

    /// <summary>
    /// Moves the bytes into one array of their exact size and gives the chunks back: for a fragment kept for the whole
    /// build (a calendar entry, a month), which otherwise holds chunks several times its size. A large handbook keeps a
    /// hundred thousand of them.
    /// </summary>
    public void Compact()
    {
        ThrowIfFrozen();
        // A large fragment (a month of a large handbook) leaves at most part of its last chunk unused; copying it would cost more.
        if (Length > MaxChunkSize || (_full.Count == 0 && _start == 0 && _used == _chunk.Length)) return;
        var bytes = ToArray();
        foreach (var chunk in _owned ?? []) ChunkPool.Return(chunk);
        _owned = null;
        _full.Clear();
        _chunk = bytes;
        _start = 0;
        _used = bytes.Length;
    }

    /// <summary>Only reads, so several threads may copy a finished buffer (a calendar entry's HTML) at once.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        var at = 0;
        foreach (var segment in _full)
        {
            segment.AsSpan().CopyTo(bytes.AsSpan(at));
            at += segment.Count;
        }

        Pending().AsSpan().CopyTo(bytes.AsSpan(at));
        return bytes;
    }

    /// <summary>The bytes as they lie in the chunks, for the file writer, which copies them to disk a buffer at a time.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Segments()
    {
        var segments = new List<ReadOnlyMemory<byte>>(_full.Count + 1);
        foreach (var segment in _full) segments.Add(segment);
        if (_used > _start) segments.Add(Pending());
        return segments;
    }

    private void ThrowIfFrozen()
    {
        if (IsFrozen) throw new InvalidOperationException("this buffer is shared by reference with another and can no longer be written to");
    }

    private ArraySegment<byte> Pending() => new(_chunk, _start, _used - _start);

    private void Seal()
    {
        if (_used == _start) return;
        _full.Add(Pending());
        _start = _used;
    }
}
