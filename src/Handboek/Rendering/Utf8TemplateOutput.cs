using System.Buffers;
using System.Text;
using Handboek.Text;
using Scriban.Runtime;

namespace Handboek.Rendering;

/// <summary>
/// Where a template renders to: the text is encoded to UTF-8 as it is written, into a <see cref="ChunkedBuffer"/>, with
/// every line end as LF so output is the same on every platform. A page of the printable handbook runs to tens of
/// megabytes; as one string it would be held twice as large, several times over.
/// </summary>
public sealed class Utf8TemplateOutput : IScriptOutput
{
    private readonly ChunkedBuffer _bytes = new();
    private bool _afterCarriageReturn;

    public int Length => _bytes.Length;

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public void Write(ReadOnlySpan<char> chars)
    {
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

    /// <summary>Adds what another render wrote (a layout's content, a card body, a calendar entry) without copying it.</summary>
    public void Write(Utf8TemplateOutput other)
    {
        _bytes.Append(other._bytes);
        _afterCarriageReturn = other._afterCarriageReturn;
    }

    public byte[] ToArray() => _bytes.ToArray();

    /// <summary>Writes UTF-8 <paramref name="bytes"/> with each of the <paramref name="marks"/> in them replaced by <paramref name="replacement"/>.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> replacement, params ReadOnlySpan<byte[]> marks)
    {
        while (!bytes.IsEmpty)
        {
            var (at, length) = (bytes.Length, 0);
            foreach (var mark in marks)
            {
                var found = bytes[..at].IndexOf(mark);
                if (found >= 0) (at, length) = (found, mark.Length);
            }

            _bytes.Write(bytes[..at]);
            if (length == 0) return;
            _bytes.Write(replacement);
            bytes = bytes[(at + length)..];
        }
    }

    /// <summary>Takes over the chunks of a render that only this one shows (a page's content inside the base layout).</summary>
    public void Adopt(Utf8TemplateOutput other) => _bytes.Adopt(other._bytes);

    /// <summary>The bytes as a file's content, by reference: nothing writes to this output afterwards.</summary>
    public FileContent Content() => FileContent.Of(_bytes);

    /// <summary>The text, for a template that uses rendered content as a string rather than writing it out.</summary>
    public string Text() => Encoding.UTF8.GetString(ToArray());

    /// <summary>Gives back the room its chunks have left: for a fragment that is kept (<see cref="ChunkedBuffer.Compact"/>).</summary>
    public void Compact() => _bytes.Compact();

    /// <summary>The bytes, without a copy once <see cref="Compact"/> has made them one array.</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes.Segments() is [var only] ? only : _bytes.ToArray();

    /// <summary>
    /// Encodes into the room the current chunk has, a chunk at a time: asking for room for the longest encoding of a
    /// long text at once (three bytes a character) gave every fragment a chunk of its own, three times its size, and a
    /// page's content arrays on the large object heap. Invalid UTF-16 becomes U+FFFD, as with <see cref="Encoding.UTF8"/>.
    /// </summary>
    private void Encode(ReadOnlySpan<char> chars)
    {
        while (!chars.IsEmpty)
        {
            var room = _bytes.GetSpan(Math.Min(Encoding.UTF8.GetMaxByteCount(chars.Length), MinimumRoom));
            System.Text.Unicode.Utf8.FromUtf16(chars, room, out var read, out var written);
            _bytes.Advance(written);
            chars = chars[read..];
        }
    }

    /// <summary>Room for the longest encoding of a surrogate pair, and then some: less is left to the next chunk.</summary>
    private const int MinimumRoom = 16;
}
