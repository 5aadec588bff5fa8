using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Handboek.Model;
using Handboek.Rendering;
using Handboek.Tests.Support;

namespace Handboek.Tests.Site;

/// <summary>What the theme promises for every page of the example: headings, weight, no external hosts, branding.</summary>
public partial class ThemeTests(ExampleHandbookFixture fixture) : IClassFixture<ExampleHandbookFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Every_page_has_one_h1_first_and_never_skips_a_heading_level()
    {
        foreach (var path in HtmlPages())
        {
            var levels = Site.Html(path).QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6")
                .Select(h => h.LocalName[1] - '0').ToList();
            Assert.True(levels.Count > 0 && levels[0] == 1 && levels.Count(l => l == 1) == 1, $"{path}: {string.Join(",", levels)}");
            Assert.True(levels.Zip(levels.Skip(1)).All(p => p.Second <= p.First + 1), $"{path} skips a level: {string.Join(",", levels)}");
        }
    }

    [Fact]
    public void A_card_page_with_its_css_and_scripts_weighs_under_60_KB()
    {
        foreach (var card in fixture.CardIds)
        {
            var path = $"kaarten/{card}/index.html";
            var page = Site.Html(path);
            var assets = page.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
                .Select(url => Site.FileFor(url!)!)
                .ToList();
            var bytes = new FileInfo(Path.Combine(Site.Dir, path)).Length + assets.Sum(a => new FileInfo(Path.Combine(Site.Dir, a)).Length);
            Assert.True(bytes < 60 * 1024, $"{path}: {bytes} bytes with {string.Join(", ", assets)}");
        }
    }

    [Fact]
    public void No_page_loads_anything_from_another_host()
    {
        foreach (var path in HtmlPages())
        {
            var page = Site.Html(path);
            var resources = page.QuerySelectorAll("script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src], object[data]")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? e.GetAttribute("data")!);
            Assert.All(resources, url => Assert.StartsWith("/", url));
            Assert.DoesNotContain("@import", string.Join(" ", page.QuerySelectorAll("style").Select(s => s.TextContent)));
        }

        foreach (var css in Directory.GetFiles(Path.Combine(Site.Dir, "assets"), "*.css"))
            Assert.DoesNotMatch(ExternalUrl(), File.ReadAllText(css));
    }

    [Fact]
    public void The_boards_colour_and_logo_are_used_in_readable_tints()
    {
        var page = Site.Html("index.html");
        Assert.Contains("/assets/merk.css", page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        Assert.Equal("/assets/logo.svg", page.QuerySelector(".kop img.logo")!.GetAttribute("src"));

        var css = Site.Text("assets/merk.css");
        var colours = Colour().Matches(css).Select(m => m.Value).ToList();
        Assert.True(BrandColor.TryParse(colours[0], out var light));
        Assert.All(BrandColor.LightSurfaces, surface => Assert.True(light.ContrastWith(surface) >= 4.5, colours[0]));
        Assert.True(BrandColor.TryParse(colours[2], out var dark));
        Assert.All(BrandColor.DarkSurfaces, surface => Assert.True(dark.ContrastWith(surface) >= 4.5, colours[2]));
    }

    [Fact]
    public void Every_page_names_a_tab_icon_that_exists_the_logo_or_one_made_from_the_boards_initial()
    {
        foreach (var path in Site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal) && !f.StartsWith("beheer/", StringComparison.Ordinal)))
        {
            var icon = Site.Html(path).QuerySelector("link[rel=icon]")?.GetAttribute("href");
            Assert.True(icon is not null && Site.FileFor(icon) is not null, $"{path}: {icon}");
        }

        Assert.Equal("/assets/logo.svg", Site.Html("index.html").QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        using var withoutLogo = new BuiltSite(RepoPaths.SpecBasis);
        Assert.Equal("/assets/pictogram.svg", withoutLogo.Html("index.html").QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        var svg = System.Xml.Linq.XDocument.Parse(withoutLogo.Text("assets/pictogram.svg"));
        Assert.Equal(withoutLogo.Result.Handbook!.Settings.Name.TrimStart()[..1].ToUpperInvariant(), svg.Descendants().Single(e => e.Name.LocalName == "text").Value);
    }

    [Theory]
    [InlineData("#0f6b5c", "#0f6b5c")]
    [InlineData("#7fb3ff", "#5476a8")]
    [InlineData("#ffff00", "#7a7a00")]
    public void A_pale_colour_is_darkened_until_text_in_it_reads_on_white(string given, string readable)
    {
        Assert.True(BrandColor.TryParse(given, out var colour));

        var result = colour.Readable([BrandColor.White], new BrandColor(0, 0, 0));

        Assert.Equal(readable, result.Hex);
        Assert.True(result.ContrastWith(BrandColor.White) >= 4.5);
    }

    [Fact]
    public void Cards_link_to_their_file_for_editing_and_show_when_they_last_changed()
    {
        var page = Site.Html("kaarten/schoolplan/index.html");

        Assert.Equal("https://github.com/polderkracht/kwaliteitshandboek/edit/main/input/kaarten/kwaliteitszorg/schoolplan.md",
            page.QuerySelector(".bewerken a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll(".gegevens dt"), dt => dt.TextContent == "Laatst gewijzigd");
        Assert.Equal(["Bedoeling", "Wat de wet vraagt", "Werkwijze", "Borging en evaluatie"],
            page.QuerySelectorAll(".op-deze-pagina a").Select(a => a.TextContent));
        Assert.All(page.QuerySelectorAll(".op-deze-pagina a"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
    }

    [Fact]
    public void The_printable_handbook_holds_every_card_in_categorie_order_with_unique_ids()
    {
        var book = Site.Html("afdrukken/index.html");

        var cards = book.QuerySelectorAll("article.kaart").Select(a => a.Id![6..]).ToList();
        var expected = Site.Result.Handbook!.Categories.SelectMany(c => c.Cards).Select(k => k.Id);
        Assert.Equal(expected, cards);
        var ids = book.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(book.QuerySelectorAll("a[href^='#']"), a => Assert.NotNull(book.GetElementById(a.GetAttribute("href")![1..])));
        Assert.Equal("Stichting Polderkracht", book.QuerySelector(".omslag-bestuur")!.TextContent);
    }

    /// <summary>The handbook's pages; /beheer/ is the form editor's app, which draws its own screen (EditorOutputTests).</summary>
    private IEnumerable<string> HtmlPages() =>
        Site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal) && !f.StartsWith("beheer/", StringComparison.Ordinal));

    [GeneratedRegex(@"url\(\s*['""]?(https?:)?//")]
    private static partial Regex ExternalUrl();

    [GeneratedRegex("#[0-9a-f]{6}")]
    private static partial Regex Colour();
}
