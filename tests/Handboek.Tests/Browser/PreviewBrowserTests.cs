using Handboek.Cli.Preview;
using Handboek.Tests.Support;
using Microsoft.Playwright;

namespace Handboek.Tests.Browser;

/// <summary>What the quality officer sees in Chromium while she edits a card with 'handboek serve' running.</summary>
[Trait("Category", "Browser")]
public sealed class PreviewBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private PreviewServer _server = null!;

    private string Card => _folder["input/kaarten/verantwoording/schoolgids.md"];

    public async Task InitializeAsync()
    {
        _folder.CopyFrom(RepoPaths.Input, "input");
        _server = await PreviewServer.StartAsync(Builds.Options(_folder["input"]), 0, _folder["voorbeeld"], [_folder["input"]], TextWriter.Null, TextWriter.Null);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_saved_card_appears_in_the_open_tab_and_an_error_shows_over_the_last_good_page()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(_server.Address, "kaarten/schoolgids/").ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Schoolgids");
        await Expect(page.Locator("html[data-voorbeeld=verbonden]")).ToHaveCountAsync(1);

        Edit("titel: Schoolgids", "titel: Schoolgids 2027");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Schoolgids 2027");

        Edit("\neigenaar: directeur", "\neigenaar: directuer");
        var overlay = page.Locator("#handboek-fouten");
        await Expect(overlay).ToBeVisibleAsync();
        await Expect(overlay).ToContainTextAsync("schoolgids.md:10:11: fout: onbekende rol 'directuer'; bedoelde je 'directeur'?");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Schoolgids 2027");

        Edit("\neigenaar: directuer", "\neigenaar: directeur");
        await Expect(overlay).ToHaveCountAsync(0);
    }

    private void Edit(string from, string to)
    {
        var text = File.ReadAllText(Card);
        Assert.Contains(from, text);
        File.WriteAllText(Card, text.Replace(from, to));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
