using System.Text;
using Scriban.Runtime;

namespace Handboek.Rendering;

/// <summary>
/// Where a template renders to: the text is encoded to UTF-8 as it is written, in chunks small enough to stay off the
/// large object heap, with every line end as LF so output is the same on every platform. A page of the printable
/// handbook runs to tens of megabytes; as one string it would be held twice as large, several times over.
/// </summary>
public sealed class Utf8TemplateOutput : IScriptOutput
{
    private const int ChunkSize = 64 * 1024;
    private readonly List<ArraySegment<byte>> _full = [];
    private byte[] _chunk = [];
    private int _used;
    private bool _afterCarriageReturn;

    public int Length { get; private set; }

    public void Write(string text, int offset, int count)
    {
        var chars = text.AsSpan(offset, count);
        if (_afterCarriageReturn && chars.Length > 0)
        {
            // The LF of a CRLF split over two writes: the CR was already written as LF.
            _afterCarriageReturn = false;
            if (chars[0] == '\n') chars = chars[1..];
        }

        for (var cr = chars.IndexOf('\r'); cr >= 0; cr = chars.IndexOf('\r'))
        {
            Encode(chars[..cr]);
            Encode("\n");
            var crlf = cr + 1 < chars.Length && chars[cr + 1] == '\n';
            _afterCarriageReturn = cr + 1 == chars.Length;
            chars = chars[(crlf ? cr + 2 : cr + 1)..];
        }

        Encode(chars);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Adds what another render wrote (a layout's content inside the base layout) without copying it.</summary>
    public void Write(Utf8TemplateOutput other)
    {
        Seal();
        _full.AddRange(other._full);
        if (other._used > 0) _full.Add(new ArraySegment<byte>(other._chunk, 0, other._used));
        Length += other.Length;
        _afterCarriageReturn = other._afterCarriageReturn;
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        var at = 0;
        foreach (var segment in _full.Append(new ArraySegment<byte>(_chunk, 0, _used)))
        {
            segment.AsSpan().CopyTo(bytes.AsSpan(at));
            at += segment.Count;
        }

        return bytes;
    }

    /// <summary>The text, for a template that uses rendered content as a string rather than writing it out.</summary>
    public string Text() => Encoding.UTF8.GetString(ToArray());

    private void Encode(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty) return;
        var most = Encoding.UTF8.GetMaxByteCount(chars.Length);
        if (_chunk.Length - _used < most)
        {
            Seal();
            _chunk = new byte[Math.Max(ChunkSize, most)];
        }

        var written = Encoding.UTF8.GetBytes(chars, _chunk.AsSpan(_used));
        _used += written;
        Length += written;
    }

    /// <summary>Closes the current chunk; the next write starts a new one.</summary>
    private void Seal()
    {
        if (_used == 0) return;
        _full.Add(new ArraySegment<byte>(_chunk, 0, _used));
        _chunk = [];
        _used = 0;
    }
}
