using AngleSharp.Dom;
using Handboek.Tests.Support;

namespace Handboek.Tests.Safety;

/// <summary>Nothing in a card can make the site run code: HTML is text by default and sanitized when allowed.</summary>
public class ActiveContentTests
{
    private static readonly string Attack = CardText.For("Aanval", """
        <script>window.aangevallen = true</script>

        <img src="x.png" onerror="window.aangevallen = true" style="position:fixed">

        <iframe src="https://elders.example/"></iframe>

        <a href="javascript:window.aangevallen=true">klik</a> <a href="data:text/html,<script>alert(1)</script>">ook</a>

        <form action="https://elders.example/"><input name="w"><button>Verstuur</button></form>

        <details><summary>Meer</summary><p>Uitklapbare <strong>tekst</strong>.</p></details>
        """);

    [Fact]
    public void Without_html_toestaan_html_in_a_card_shows_as_text()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis).Write("kaarten/onderwijs/aanval.md", Attack);
        using var site = new BuiltSite(input.Path);

        Assert.True(site.Result.Succeeded);
        var article = site.Html("kaarten/aanval/index.html").QuerySelector("main")!;
        AssertNothingActive(article);
        Assert.Empty(article.QuerySelectorAll("details, img[src='x.png']"));
        Assert.Contains("<script>window.aangevallen = true</script>", article.TextContent);
    }

    [Fact]
    public void With_html_toestaan_the_harmless_markup_stays_and_everything_active_is_removed()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis).Write("kaarten/onderwijs/aanval.md", Attack);
        File.AppendAllText(input["handboek.yml"], "html_toestaan: ja\n");
        using var site = new BuiltSite(input.Path);

        Assert.True(site.Result.Succeeded);
        var article = site.Html("kaarten/aanval/index.html").QuerySelector("main")!;
        AssertNothingActive(article);
        Assert.NotNull(article.QuerySelector("details > summary"));
        Assert.NotNull(article.QuerySelector("img[src='x.png']"));
        Assert.DoesNotContain("window.aangevallen", article.TextContent);
        // The printable handbook shows the same body.
        AssertNothingActive(site.Html("afdrukken/index.html").GetElementById("kaart-aanval")!);
    }

    [Fact]
    public void A_repository_address_with_quotes_stays_inside_its_attribute()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        File.AppendAllText(input["handboek.yml"], "repository: 'https://github.com/bestuur/handboek\" onmouseover=\"window.aangevallen=1'\n");
        using var site = new BuiltSite(input.Path);

        Assert.True(site.Result.Succeeded);
        var page = site.Html("kaarten/schoolgids/index.html");
        var edit = page.QuerySelectorAll("a").Single(a => a.GetAttribute("href")!.Contains("/edit/", StringComparison.Ordinal));
        Assert.StartsWith("https://github.com/bestuur/handboek%22%20onmouseover=%22window.aangevallen=1/edit/main/", edit.GetAttribute("href"));
        AssertNothingActive(page.QuerySelector("main")!);
    }

    private static void AssertNothingActive(IElement root)
    {
        Assert.Empty(root.QuerySelectorAll("script, iframe, object, embed, form, button, style, [style]"));
        Assert.DoesNotContain(root.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(root.QuerySelectorAll("[href], [src]").Select(e => (e.GetAttribute("href") ?? e.GetAttribute("src")!).TrimStart()),
            url => url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
    }
}
