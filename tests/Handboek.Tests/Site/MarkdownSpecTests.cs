using Handboek.Tests.Support;

namespace Handboek.Tests.Site;

/// <summary>Runs every section of Specs/markdown.md: the exact HTML of a body on its card page and in the printable handbook.</summary>
public class MarkdownSpecTests
{
    public static TheoryData<string> Sections() => SpecFile.Titles("markdown.md");

    [Theory]
    [MemberData(nameof(Sections))]
    public void Renders_exactly_the_documented_html(string title)
    {
        var section = SpecFile.Read("markdown.md").Single(s => s.Title == title);
        Assert.NotEmpty(section.Html);

        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write(SpecFile.DefaultCardPath, CardText.For("Kaart", section.Markdown!));
        using var site = new BuiltSite(input.Path);
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));

        foreach (var (place, html) in section.Html)
        {
            var page = place switch
            {
                "kaart" => site.Html("kaarten/kaart/index.html").QuerySelector(".tekst")!,
                "afdrukken" => site.Html("afdrukken/index.html").GetElementById("kaart-kaart")!.QuerySelector(".tekst")!,
                _ => throw new InvalidDataException($"onbekende plaats '{place}' in markdown.md"),
            };
            Assert.Equal(html.Trim(), page.InnerHtml.Trim());
        }
    }
}
