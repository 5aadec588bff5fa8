using System.Net;
using Handboek.Cli.Preview;
using Handboek.Tests.Support;

namespace Handboek.Tests.Preview;

/// <summary>'handboek serve' over real HTTP: pages, the reload events and the error state.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private const string Schoolgids = "kaarten/verantwoording/schoolgids.md";

    /// <summary>Guards against a hang, never a speed requirement.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempFolder _folder = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = Patience };
    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        _folder.CopyFrom(RepoPaths.Input, "input");
        _server = await PreviewServer.StartAsync(Builds.Options(_folder["input"]), 0, _folder["voorbeeld"], [_folder["input"]],
            TextWriter.Synchronized(_output), TextWriter.Synchronized(_error));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Serves_the_site_with_the_reload_script_and_the_404_page()
    {
        var card = await _http.GetAsync(new Uri(_server.Address, "kaarten/schoolgids/"));
        var html = await card.Content.ReadAsStringAsync();
        var missing = await _http.GetAsync(new Uri(_server.Address, "kaarten/bestaat-niet/"));
        var withoutSlash = await _http.GetAsync(new Uri(_server.Address, "kaarten/schoolgids"));

        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        Assert.Equal("text/html; charset=utf-8", card.Content.Headers.ContentType!.ToString());
        Assert.Contains("<title>Schoolgids", html);
        Assert.Contains("<script src=\"/_handboek/herladen.js\" defer></script></body>", html);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Pagina niet gevonden", await missing.Content.ReadAsStringAsync());
        Assert.Equal("/kaarten/schoolgids/", withoutSlash.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri(_server.Address, "_handboek/herladen.js"))).StatusCode);
    }

    [Fact]
    public async Task Sends_the_sites_security_headers_and_answers_only_to_its_own_host_name()
    {
        var page = await _http.GetAsync(new Uri(_server.Address, "kaarten/schoolgids/"));
        using var rebound = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.Address, "kaarten/schoolgids/"));
        // DNS rebinding: a page on another site points its own host name at 127.0.0.1 and reads the preview.
        rebound.Headers.Host = "aanvaller.example";
        var foreign = await _http.SendAsync(rebound);

        Assert.Equal(Handboek.Outputs.SecurityHeaders.ContentSecurityPolicy, page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.MisdirectedRequest, foreign.StatusCode);
        Assert.Empty(await foreign.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_form_editor_gets_its_own_policy_no_reloads_and_a_config_that_saves_here()
    {
        var editor = await _http.GetAsync(new Uri(_server.Address, "beheer/"));
        var config = await _http.GetStringAsync(new Uri(_server.Address, "beheer/config.yml"));

        Assert.Equal(Handboek.Outputs.SecurityHeaders.EditorContentSecurityPolicy, editor.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("herladen.js", await editor.Content.ReadAsStringAsync());
        Assert.EndsWith($"local_backend:\n  url: \"{_server.Address}_handboek/beheer-api\"\n", config);
    }

    [Fact]
    public async Task The_form_editor_saves_only_inside_the_input_folder_and_only_for_its_own_pages()
    {
        var card = await Cms("""{"action":"getEntry","params":{"path":"input/kaarten/verantwoording/schoolgids.md"}}""");
        var outside = await Cms("""{"action":"persistEntry","params":{"entry":{"path":"input/../gestolen.md","raw":"x"},"assets":[]}}""");
        var script = await Cms("""{"action":"persistEntry","params":{"entry":{"path":"input/kaarten/x.js","raw":"x"},"assets":[]}}""");
        File.CreateSymbolicLink(_folder["input/kaarten/weg"], _folder.Path);
        var linked = await Cms("""{"action":"persistEntry","params":{"entry":{"path":"input/kaarten/weg/gestolen.md","raw":"x"},"assets":[]}}""");
        using var foreign = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.Address, "_handboek/beheer-api"))
        {
            Content = new StringContent("""{"action":"persistEntry","params":{"entry":{"path":"input/kaarten/x.md","raw":"x"},"assets":[]}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        foreign.Headers.Add("Origin", "https://aanvaller.example");
        var crossSite = await _http.SendAsync(foreign);
        var plain = await _http.PostAsync(new Uri(_server.Address, "_handboek/beheer-api"), new StringContent("""{"action":"info"}"""));

        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        Assert.Contains("titel: Schoolgids", await card.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, script.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, linked.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, crossSite.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        Assert.False(File.Exists(_folder["gestolen.md"]));
        Assert.False(File.Exists(_folder["input/kaarten/x.js"]));
        Assert.False(File.Exists(_folder["input/kaarten/x.md"]));
    }

    private Task<HttpResponseMessage> Cms(string json) =>
        _http.PostAsync(new Uri(_server.Address, "_handboek/beheer-api"), new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Saving_a_card_reloads_open_tabs_with_the_change()
    {
        using var events = await EventsAsync();
        Assert.Equal("goed", await NextEventAsync(events));

        Edit(text => text.Replace("titel: Schoolgids", "titel: Schoolgids vernieuwd"));

        Assert.Equal("herladen", await NextEventAsync(events));
        Assert.Contains("<title>Schoolgids vernieuwd", await _http.GetStringAsync(new Uri(_server.Address, "kaarten/schoolgids/")));
        Assert.Contains("Bijgewerkt na", _output.ToString());
    }

    [Fact]
    public async Task An_error_is_printed_and_sent_to_the_tabs_while_the_last_good_page_stays()
    {
        using var events = await EventsAsync();
        Assert.Equal("goed", await NextEventAsync(events));

        Edit(text => text.Replace("titel: Schoolgids", "titel: Schoolgids kapot").Replace("\neigenaar: directeur", "\neigenaar: directuer"));

        Assert.Equal("fouten", await NextEventAsync(events));
        var problem = $"{_folder["input"]}/{Schoolgids}:10:11: fout: onbekende rol 'directuer'; bedoelde je 'directeur'?";
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(problem), await events.ReadLineAsync());
        Assert.Contains(problem, _error.ToString());
        Assert.DoesNotContain("kapot", await _http.GetStringAsync(new Uri(_server.Address, "kaarten/schoolgids/")));
    }

    private void Edit(Func<string, string> edit)
    {
        var path = _folder[Path.Combine("input", Schoolgids)];
        File.WriteAllText(path, edit(File.ReadAllText(path)));
    }

    private async Task<StreamReader> EventsAsync()
    {
        var stream = await _http.GetStreamAsync(new Uri(_server.Address, "_handboek/gebeurtenissen"));
        return new StreamReader(stream);
    }

    /// <summary>The name of the next server-sent event; leaves its data line unread.</summary>
    private static async Task<string> NextEventAsync(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await events.ReadLineAsync(timeout.Token) is { } line)
            if (line.StartsWith("event: ", StringComparison.Ordinal)) return line["event: ".Length..];
        throw new EndOfStreamException();
    }
}
