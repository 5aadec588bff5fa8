using Handboek.Tests.Site;
using Handboek.Tests.Support;
using Microsoft.Playwright;

namespace Handboek.Tests.Browser;

/// <summary>Serves the built example handbook on 127.0.0.1 and opens its pages in Chromium.</summary>
public abstract class ExampleSiteBrowserTest(BrowserFixture browser, ExampleHandbookFixture example) : IClassFixture<ExampleHandbookFixture>, IClassFixture<BrowserFixture>, IDisposable
{
    protected StaticSiteServer Server { get; } = new(example.Site.Dir);

    protected BrowserFixture Browser => browser;

    protected ExampleHandbookFixture Example => example;

    public void Dispose()
    {
        Server.Dispose();
        GC.SuppressFinalize(this);
    }

    protected async Task<IPage> OpenAsync(string path, int width = 1280)
    {
        var page = await browser.NewPageAsync(width);
        Assert.Equal(200, (await page.GotoAsync(Server.BaseUrl + path))!.Status);
        return page;
    }
}
