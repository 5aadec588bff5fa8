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
}
