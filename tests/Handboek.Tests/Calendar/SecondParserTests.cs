using System.Diagnostics;
using System.Text.Json;
using Handboek.Tests.Site;
using Handboek.Tests.Support;
using IcalCalendar = Ical.Net.Calendar;

namespace Handboek.Tests.Calendar;

/// <summary>
/// Every feed of the example read by a second, independent parser: Mozilla's ical.js (what Thunderbird uses), pinned in
/// package.json and run with Node. It must see the same events, UIDs and days as Ical.Net.
/// </summary>
public sealed class SecondParserTests(ExampleHandbookFixture fixture) : IClassFixture<ExampleHandbookFixture>
{
    private const string Script = """
        import { readFileSync } from "node:fs";
        const { default: ICAL } = await import(process.argv[2]);
        const result = {};
        for (const file of process.argv.slice(3)) {
          const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
          result[file] = calendar.getAllSubcomponents("vevent").map(e => {
            const event = new ICAL.Event(e);
            return { uid: event.uid, start: event.startDate.toString(), summary: event.summary };
          });
        }
        console.log(JSON.stringify(result));
        """;

    [Fact]
    public async Task Mozillas_ical_js_reads_every_feed_as_Ical_Net_does()
    {
        var feeds = Directory.EnumerateFiles(fixture.Site.Dir, "*.ics", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var library = Path.Combine(RepoPaths.Root, "node_modules", "ical.js", "dist", "ical.js");
        Assert.True(File.Exists(library), "ical.js ontbreekt: voer 'npm ci' uit");

        using var folder = new TempFolder();
        folder.Write("lees.mjs", Script);
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { folder["lees.mjs"], new Uri(library).AbsoluteUri }.Concat(feeds)) start.ArgumentList.Add(arg);
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, await errors);

        using var parsed = JsonDocument.Parse(await output);
        Assert.True(feeds.Count > 50, $"{feeds.Count} feeds");
        foreach (var feed in feeds)
        {
            var theirs = parsed.RootElement.GetProperty(feed).EnumerateArray()
                .Select(e => (e.GetProperty("uid").GetString(), e.GetProperty("start").GetString()!, e.GetProperty("summary").GetString())).ToList();
            var ours = IcalCalendar.Load(File.ReadAllText(feed))!.Events
                .Select(e => (e.Uid, e.DtStart!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Summary)).ToList();
            Assert.NotEmpty(theirs);
            Assert.Equal(ours, theirs);
        }
    }
}
