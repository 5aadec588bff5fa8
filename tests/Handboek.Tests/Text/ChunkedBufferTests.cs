using System.Text;
using Handboek.Text;

namespace Handboek.Tests.Text;

public class ChunkedBufferTests
{
    [Fact]
    public void A_released_file_gives_its_chunks_to_the_next_file_but_never_those_of_a_shared_fragment()
    {
        var fragment = Written("<li>gedeeld</li>");
        // Above 4 KB a fragment is held by reference, below it is copied: both stay as they are.
        var month = Written(new string('m', 5000));
        var first = Written("<ul>");
        first.Append(fragment);
        first.Append(month);
        var content = Written("<main>");
        var page = Written("<html>");
        page.Append(content);
        page.Adopt(content);

        Assert.Equal("<html><main>", Text(page));
        Assert.Equal("<ul><li>gedeeld</li>" + new string('m', 5000), Text(first));
        page.Release();
        first.Release();

        // The next files are written in the chunks given back; the fragment still reads the same.
        var next = Enumerable.Range(0, 8).Select(i => Written(new string((char)('a' + i), 500))).Append(Written(new string('z', 5000))).ToList();
        Assert.All(next.Take(8).Select((buffer, i) => (buffer, i)), x => Assert.Equal(new string((char)('a' + x.i), 500), Text(x.buffer)));
        Assert.Equal("<li>gedeeld</li>", Text(fragment));
        Assert.Equal(new string('m', 5000), Text(month));
        Assert.Equal(0, page.Length);
    }

    [Fact]
    public void A_buffer_another_holds_by_reference_cannot_be_released()
    {
        var fragment = Written("gedeeld");
        Written("pagina").Append(fragment);

        Assert.Throws<InvalidOperationException>(fragment.Release);
    }

    private static ChunkedBuffer Written(string text)
    {
        var buffer = new ChunkedBuffer();
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes.CopyTo(buffer.GetSpan(bytes.Length));
        buffer.Advance(bytes.Length);
        return buffer;
    }

    private static string Text(ChunkedBuffer buffer) => Encoding.UTF8.GetString(buffer.ToArray());
}
