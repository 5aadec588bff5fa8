using Microsoft.Playwright;

namespace Handboek.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, started once for all browser tests. Never downloads a browser:
/// .ci/run installs the chromium package.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    // One Chromium for the whole test run, shared by the test classes that run in parallel: starting it takes longer
    // than most tests. Each test gets its own browser context, so no cookies, storage or pages are shared.
    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> Shared = new(Start);

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync() => Browser = (await Shared.Value).Browser;

    // The shared browser outlives each class; it closes when the test run ends.
    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<(IPlaywright, IBrowser)> Start()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"installeer chromium: apt-get install chromium ({Chromium} ontbreekt; de browsertests sturen Debians Chromium aan)");

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(10));
            playwright.Dispose();
        };
        return (playwright, browser);
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool dark = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
        });
        return await context.NewPageAsync();
    }
}
