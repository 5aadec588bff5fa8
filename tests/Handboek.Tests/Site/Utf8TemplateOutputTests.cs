using System.Text;
using Handboek.Rendering;

namespace Handboek.Tests.Site;

/// <summary>Whatever pieces a template writes, the page comes out as the same UTF-8 text with LF line ends.</summary>
public class Utf8TemplateOutputTests
{
    [Theory]
    [InlineData(new[] { "<p>één\r\n", "twee</p>" }, "<p>één\ntwee</p>")]
    [InlineData(new[] { "regel\r", "\nvolgende" }, "regel\nvolgende")]
    [InlineData(new[] { "oud mac\rregel", "\r" }, "oud mac\nregel\n")]
    [InlineData(new[] { "a\r\r\nb", "" }, "a\n\nb")]
    [InlineData(new[] { "📊 kalender", " – 2026" }, "📊 kalender – 2026")]
    public void Writes_come_out_as_utf8_with_lf_line_ends(string[] writes, string expected)
    {
        var output = new Utf8TemplateOutput();
        foreach (var text in writes) output.Write(text, 0, text.Length);

        Assert.Equal(expected, Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(expected, output.Text());
    }

    [Fact]
    public void A_long_write_is_encoded_across_chunks_without_splitting_a_character()
    {
        // 70,000 characters: more than one 64 KB chunk holds, with emoji (surrogate pairs) and a lone surrogate, which
        // becomes U+FFFD as Encoding.UTF8 makes it.
        var text = string.Concat(Enumerable.Repeat("kwaliteit 📊 één ", 4_000)) + "\uD800 einde";
        var output = new Utf8TemplateOutput();
        output.Write("<p>", 0, 3);
        output.Write(text, 0, text.Length);

        Assert.Equal(Encoding.UTF8.GetBytes("<p>" + text), output.ToArray());
        Assert.EndsWith("\uFFFD einde", output.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_compacted_fragment_reads_the_same_from_one_array_of_its_own_size()
    {
        var fragment = new Utf8TemplateOutput();
        for (var i = 0; i < 300; i++) fragment.Write("<li>Schoolgids vaststellen</li>", 0, 31);
        var expected = fragment.ToArray();

        fragment.Compact();

        Assert.Equal(expected, fragment.Bytes.ToArray());
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(fragment.Bytes, out var array));
        Assert.Equal(expected.Length, array.Array!.Length);
        var page = new Utf8TemplateOutput();
        page.Write(fragment);
        Assert.Equal(expected, page.ToArray());
    }

    [Fact]
    public void A_render_shared_by_reference_can_be_read_again_but_no_longer_written()
    {
        var fragment = new Utf8TemplateOutput();
        fragment.Write("<li>moment</li>", 0, 15);
        var first = new Utf8TemplateOutput();
        var second = new Utf8TemplateOutput();
        first.Write(fragment);
        second.Write(fragment);

        Assert.Throws<InvalidOperationException>(() => fragment.Write("!", 0, 1));
        Assert.Equal("<li>moment</li>", first.Text());
        Assert.Equal("<li>moment</li>", second.Text());
    }

    [Fact]
    public void A_render_written_into_another_keeps_its_place_and_large_pages_stay_whole()
    {
        var inner = new Utf8TemplateOutput();
        var line = string.Concat(Enumerable.Repeat("Coördinatie van de kwaliteitszorg. ", 3));
        for (var i = 0; i < 20_000; i++) inner.Write(line, 0, line.Length);
        var page = new Utf8TemplateOutput();
        page.Write("<main>", 0, 6);
        page.Write(inner);
        page.Write("</main>", 0, 7);

        var text = Encoding.UTF8.GetString(page.ToArray());
        Assert.Equal("<main>" + string.Concat(Enumerable.Repeat(line, 20_000)) + "</main>", text);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), page.Length);
    }

    [Fact]
    public void One_fragment_written_into_many_pages_shows_in_each_in_its_place()
    {
        var fragment = new Utf8TemplateOutput();
        fragment.Write("<li>Schoolgids vaststellen</li>", 0, 31);
        var pages = Enumerable.Range(0, 3).Select(_ => new Utf8TemplateOutput()).ToList();
        foreach (var page in pages)
        {
            page.Write("<ul>", 0, 4);
            for (var i = 0; i < 1_000; i++)
            {
                page.Write(fragment);
                page.Write("\n", 0, 1);
            }

            page.Write("</ul>", 0, 5);
        }

        var expected = "<ul>" + string.Concat(Enumerable.Repeat("<li>Schoolgids vaststellen</li>\n", 1_000)) + "</ul>";
        Assert.All(pages, page => Assert.Equal(expected, page.Text()));
    }
}
