using Handboek.Tests.Support;
using Tomlyn;
using Tomlyn.Model;

namespace Handboek.Tests.Publishing;

/// <summary>netlify.toml: what Netlify builds and publishes, and the headers every page is served with.</summary>
public class NetlifyConfigTests
{
    private static readonly TomlTable Config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml")))!;

    [Fact]
    public void Builds_with_the_SDK_pinned_by_global_json_and_publishes_the_site_folder()
    {
        var build = (TomlTable)Config["build"];
        Assert.Equal("_site", build["publish"]);
        var script = ScriptOf((string)build["command"]);
        Assert.Contains("dotnet-install.sh --jsonfile global.json", script);
        Assert.Contains("-- build", script);
        Assert.Equal(build["command"], ((TomlTable)((TomlTable)Config["context"])["deploy-preview"])["command"]);
    }

    [Fact]
    public void Every_page_gets_a_strict_content_security_policy_and_the_other_security_headers()
    {
        var headers = HeadersFor("/*");

        var policy = Directives(headers["Content-Security-Policy"]);
        Assert.Equal("'self'", policy["default-src"]);
        Assert.Equal("'self' 'wasm-unsafe-eval'", policy["script-src"]);
        Assert.Equal("'self'", policy["style-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.DoesNotContain(policy.Values, v => v.Contains("unsafe-inline") || v.Contains("http") || v.Contains('*'));
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
    }

    [Fact]
    public void The_published_site_gets_exactly_the_headers_that_serve_sends()
    {
        var headers = HeadersFor("/*");

        Assert.Equal(Handboek.Outputs.SecurityHeaders.All.OrderBy(h => h.Key), headers.Select(h => KeyValuePair.Create(h.Key, h.Value)).OrderBy(h => h.Key));
    }

    [Fact]
    public void Only_the_form_editor_may_run_generated_code_and_talk_to_GitHubs_api()
    {
        var headers = HeadersFor("/beheer/*");

        Assert.Equal(Handboek.Outputs.SecurityHeaders.Editor.OrderBy(h => h.Key), headers.Select(h => KeyValuePair.Create(h.Key, h.Value)).OrderBy(h => h.Key));
        var policy = Directives(headers["Content-Security-Policy"]);
        Assert.Equal("'self' https://api.github.com", policy["connect-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        var hosts = policy.Values.SelectMany(v => v.Split(' ')).Where(v => v.Contains("://")).Distinct().Order();
        Assert.Equal(["https://api.github.com", "https://avatars.githubusercontent.com"], hosts);
        var rules = ((TomlTableArray)Config["headers"]).Select(h => (string)h["for"]).ToList();
        Assert.True(rules.IndexOf("/beheer/*") > rules.IndexOf("/*"), "the editor's rule comes after the site's, so it wins for /beheer/");
    }

    [Theory]
    [InlineData("/pagefind/index/*")]
    [InlineData("/pagefind/fragment/*")]
    [InlineData("/pagefind/filter/*")]
    public void Fingerprinted_search_files_are_cached_for_a_year(string path)
    {
        Assert.Equal("public, max-age=31536000, immutable", HeadersFor(path)["Cache-Control"]);
    }

    [Fact]
    public void Unknown_addresses_show_the_handbooks_404_page()
    {
        var redirect = ((TomlTableArray)Config["redirects"]).Single();
        Assert.Equal(("/*", "/404.html", 404L), ((string)redirect["from"], (string)redirect["to"], (long)redirect["status"]));
    }

    private static IReadOnlyDictionary<string, string> HeadersFor(string path)
    {
        var rule = ((TomlTableArray)Config["headers"]).Single(h => (string)h["for"] == path);
        return ((TomlTable)rule["values"]).ToDictionary(kv => kv.Key, kv => (string)kv.Value);
    }

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    /// <summary>The build command is "bash .ci/netlify-build": what matters is in that script.</summary>
    private static string ScriptOf(string command)
    {
        Assert.StartsWith("bash ", command);
        return File.ReadAllText(Path.Combine(RepoPaths.Root, command["bash ".Length..]));
    }
}
