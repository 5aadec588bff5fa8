using Handboek.Cli.Preview;
using Handboek.Outputs;
using Handboek.Tests.Support;
using Microsoft.Playwright;

namespace Handboek.Tests.Browser;

/// <summary>
/// A pull request full of HTML tricks: in Chromium, no script from it runs, whether the built site is opened from
/// disk (no CSP at all), through 'handboek serve' or from a host with netlify.toml's headers.
/// </summary>
[Trait("Category", "Browser")]
public sealed class UntrustedInputBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private static readonly string Attack = CardText.For("Aanval", """
        <script>window.aangevallen = "script"</script>

        <img src="bestaat-niet.png" onerror="window.aangevallen = 'onerror'">

        <svg><animate onbegin="window.aangevallen = 'svg'" attributeName="x" dur="1s"/></svg>

        <iframe srcdoc="<script>parent.aangevallen = 'iframe'</script>"></iframe>

        <a id="klik" href="javascript:window.aangevallen='link'">klik</a>

        <details open ontoggle="window.aangevallen = 'details'"><summary>Meer</summary>tekst</details>
        """);

    private readonly TempFolder _input = new TempFolder().CopyFrom(RepoPaths.SpecBasis).Write("kaarten/onderwijs/aanval.md", Attack);

    public void Dispose() => _input.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Opened_from_disk_nothing_from_the_card_runs(bool htmlAllowed)
    {
        AllowHtml(htmlAllowed);
        using var site = new BuiltSite(_input.Path);
        Assert.True(site.Result.Succeeded);

        await AssertNothingRunsAsync(new Uri(Path.Combine(site.Dir, "kaarten/aanval/index.html")).AbsoluteUri);
    }

    [Fact]
    public async Task Under_the_published_headers_nothing_from_the_card_runs()
    {
        AllowHtml(true);
        using var site = new BuiltSite(_input.Path);
        using var server = new StaticSiteServer(site.Dir, SecurityHeaders.All);

        await AssertNothingRunsAsync(server.BaseUrl + "kaarten/aanval/");
    }

    [Fact]
    public async Task In_the_preview_nothing_from_the_card_runs()
    {
        AllowHtml(true);
        using var folder = new TempFolder();
        await using var server = await PreviewServer.StartAsync(Builds.Options(_input.Path), 0, folder["voorbeeld"], [_input.Path], TextWriter.Null, TextWriter.Null);

        await AssertNothingRunsAsync(new Uri(server.Address, "kaarten/aanval/").AbsoluteUri);
    }

    private void AllowHtml(bool allowed)
    {
        if (allowed) File.AppendAllText(_input["handboek.yml"], "html_toestaan: ja\n");
    }

    private async Task AssertNothingRunsAsync(string url)
    {
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        Assert.Equal(200, (await page.GotoAsync(url))?.Status ?? 200);
        await page.WaitForLoadStateAsync(LoadState.Load);
        if (await page.QuerySelectorAsync("#klik") is { } link) await link.ClickAsync();
        await page.EvaluateAsync("() => new Promise(done => setTimeout(done, 300))");

        Assert.Equal("Aanval", await page.TextContentAsync("h1"));
        Assert.Null(await page.EvaluateAsync<string?>("() => window.aangevallen ?? null"));
        Assert.Equal(0, dialogs);
        await page.Context.CloseAsync();
    }
}
