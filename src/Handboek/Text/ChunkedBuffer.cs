using System.Buffers;

namespace Handboek.Text;

/// <summary>
/// Bytes written in chunks small enough to stay off the large object heap, and copied once, at the end. A file of
/// tens of megabytes built in one growing array would leave every smaller copy behind for the garbage collector.
/// </summary>
public sealed class ChunkedBuffer : IBufferWriter<byte>
{
    private const int ChunkSize = 64 * 1024;
    private readonly List<ArraySegment<byte>> _full = [];
    private byte[] _chunk = [];
    private int _used;

    public int Length { get; private set; }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        if (_chunk.Length - _used < Math.Max(sizeHint, 1))
        {
            Seal();
            _chunk = new byte[Math.Max(ChunkSize, sizeHint)];
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
        _used += count;
        Length += count;
    }

    /// <summary>Adds the bytes of <paramref name="other"/> by reference; it must not be written to afterwards.</summary>
    public void Append(ChunkedBuffer other)
    {
        Seal();
        _full.AddRange(other.Segments());
        Length += other.Length;
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        var at = 0;
        foreach (var segment in Segments())
        {
            segment.AsSpan().CopyTo(bytes.AsSpan(at));
            at += segment.Count;
        }

        return bytes;
    }

    private IEnumerable<ArraySegment<byte>> Segments() =>
        _used == 0 ? _full : _full.Append(new ArraySegment<byte>(_chunk, 0, _used));

    private void Seal()
    {
        if (_used == 0) return;
        _full.Add(new ArraySegment<byte>(_chunk, 0, _used));
        _chunk = [];
        _used = 0;
    }
}
