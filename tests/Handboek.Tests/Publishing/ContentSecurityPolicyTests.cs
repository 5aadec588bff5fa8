using Handboek.Tests.Site;

namespace Handboek.Tests.Publishing;

/// <summary>
/// Every page of the built example obeys the Content-Security-Policy of netlify.toml: no inline scripts, styles or
/// event handlers, and nothing loaded from another host. A violation would break the page only once published.
/// </summary>
public class ContentSecurityPolicyTests(ExampleHandbookFixture fixture) : IClassFixture<ExampleHandbookFixture>
{
    private const string Resources = "script[src], link[href]:not([rel=alternate]):not([rel=canonical]), img[src], source[src], iframe, object, embed, video, audio, form[action]";

    [Fact]
    public void Every_page_is_scanned()
    {
        Assert.True(fixture.Site.Files().Count(f => f.EndsWith(".html", StringComparison.Ordinal)) > 80);
    }

    [Fact]
    public void No_page_has_inline_code_or_loads_from_another_host()
    {
        var violations = new List<string>();
        foreach (var page in fixture.Site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = fixture.Site.Html(page);
            violations.AddRange(html.QuerySelectorAll("script:not([src])").Select(_ => $"{page}: inline <script>"));
            violations.AddRange(html.QuerySelectorAll("style").Select(_ => $"{page}: <style>"));
            violations.AddRange(html.QuerySelectorAll("[style]").Select(e => $"{page}: style-attribuut op <{e.LocalName}>"));
            violations.AddRange(html.All.SelectMany(e => e.Attributes)
                .Where(a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                .Select(a => $"{page}: {a.Name}=\"{a.Value}\""));
            violations.AddRange(html.QuerySelectorAll(Resources)
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? e.GetAttribute("action") ?? e.GetAttribute("data") ?? "")
                .Where(IsOtherHost)
                .Select(url => $"{page}: laadt {url}"));
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void Stylesheets_import_nothing_from_another_host()
    {
        var css = fixture.Site.Files().Where(f => f.EndsWith(".css", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(css);
        foreach (var file in css)
        {
            var text = fixture.Site.Text(file);
            Assert.DoesNotContain("@import", text);
            Assert.DoesNotMatch(@"url\(\s*['""]?(https?:)?//", text);
        }
    }

    private static bool IsOtherHost(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "data";
}
