using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Handboek.Building;
using Handboek.Editing;
using Handboek.Outputs;
using Handboek.Preview;
using Handboek.Provenance;
using Handboek.Rendering;
using Handboek.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Handboek.Cli.Preview;

/// <summary>
/// <c>handboek serve</c>: serves the latest good site from memory on 127.0.0.1, rebuilds it when a watched
/// file is saved, and reloads open tabs. Files render when a browser asks for them, so a save is visible as
/// soon as the changed page is rendered, while the search index catches up in the background.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>The preview's own files, outside any site prefix.</summary>
    private const string OwnPrefix = "/_handboek/";

    /// <summary>Where the form editor saves when it runs on this server (Decap CMS's local backend).</summary>
    private const string CmsApi = "beheer-api";

    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    private static readonly Lazy<byte[]> ReloadScript = new(() =>
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("herladen.js")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    private readonly PreviewSession _session;
    private readonly LiveReload _reload = new();
    private readonly SearchRefresher _search;
    private readonly LocalCmsBackend _cms;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly string _mirrorDir;
    private readonly Lock _rebuildGate = new();
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private InputWatcher? _watcher;

    private PreviewServer(BuildOptions options, string mirrorDir, TextWriter output, TextWriter error)
    {
        _session = new PreviewSession(options);
        _output = output;
        _error = error;
        _mirrorDir = Path.GetFullPath(mirrorDir);
        Directory.CreateDirectory(_mirrorDir);
        var pagefind = PagefindIndexer.Locate(options.InputDir);
        _search = new SearchRefresher(new SiteMirror(_mirrorDir), pagefind, output);
        var inputDir = Path.GetFullPath(options.InputDir);
        _cms = new LocalCmsBackend(inputDir, GitHistory.FolderInRepository(inputDir));
    }

    public Uri Address { get; private set; } = null!;

    /// <param name="port">0 picks a free port (the tests).</param>
    /// <param name="watched">The folders whose changes rebuild the site: the input and the theme.</param>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<PreviewServer> StartAsync(BuildOptions options, int port, string mirrorDir, IEnumerable<string> watched, TextWriter output, TextWriter error)
    {
        var server = new PreviewServer(options, mirrorDir, output, error);
        server.Rebuild([]);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._app = app;
        server.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        server._watcher = new InputWatcher(watched, server.Rebuild);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _stopping.CancelAsync();
        if (_app is not null) await _app.DisposeAsync();
        await _search.Idle;
    }

    private void Rebuild(IReadOnlyCollection<string> changed)
    {
        lock (_rebuildGate)
        {
            var clock = Stopwatch.StartNew();
            PreviewUpdate update;
            try
            {
                update = _session.Update(changed);
            }
            catch (IOException e)
            {
                // A file that vanished or was locked mid-save: the next save rebuilds again.
                _error.WriteLine($"handboek: kan de invoer niet lezen: {e.Message}");
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The preview keeps serving the last good site whatever a save does.
                _error.WriteLine($"handboek: deze wijziging kon niet worden verwerkt ({e.GetType().Name}: {e.Message}); de laatste goede versie blijft te zien.");
                return;
            }

            var problems = update.Diagnostics.Select(CliApp.Format).ToList();
            foreach (var problem in problems) _error.WriteLine(problem);
            var what = changed.Count == 0 ? "Gebouwd" : $"Bijgewerkt na {Describe(changed)}";
            if (update.Snapshot is { } snapshot)
            {
                _reload.Reload();
                _output.WriteLine($"{what} in {clock.ElapsedMilliseconds} ms: {snapshot.Count} bestanden, {snapshot.Reused} ongewijzigd overgenomen.");
                _search.Refresh(snapshot);
            }
            else
            {
                _reload.ShowProblems(problems);
                _output.WriteLine($"{what}: {CliApp.Counts(update.Diagnostics)}; de browser toont de laatste goede versie met de fouten erover.");
            }
        }
    }

    private static string Describe(IReadOnlyCollection<string> changed) =>
        changed.Count == 1 ? CliApp.DisplayPath(changed.First()) : $"{changed.Count} wijzigingen";

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        context.Response.Headers.CacheControl = "no-store";
        foreach (var (name, value) in SecurityHeaders.All) context.Response.Headers[name] = value;
        if (!IsLocalHost(context.Request.Host.Host))
        {
            // A web page elsewhere could point its own host name at 127.0.0.1 (DNS rebinding) and read the preview.
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            return;
        }

        if (path == OwnPrefix + "herladen.js")
        {
            await Send(context, "text/javascript; charset=utf-8", ReloadScript.Value);
            return;
        }

        if (path == OwnPrefix + "gebeurtenissen")
        {
            await _reload.StreamAsync(context, _stopping.Token);
            return;
        }

        if (path == OwnPrefix + CmsApi)
        {
            await AnswerCms(context);
            return;
        }

        if (_session.Current is not { } site)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await SendHtml(context, "<!doctype html><html lang=\"nl\"><meta charset=\"utf-8\"><title>Handboek: fouten</title>"
                + "<body><h1>De site kan nog niet gebouwd worden</h1><p>Los de fouten op; deze pagina laadt daarna vanzelf opnieuw.</p></body></html>");
            return;
        }

        var prefix = site.Handbook.Settings.BaseUrl.AbsolutePath;
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            if (path == "/") context.Response.Redirect(prefix);
            else await NotFound(context, site);
            return;
        }

        var file = path[prefix.Length..];
        if (file.Length == 0 || file.EndsWith('/')) file += "index.html";
        if (file.StartsWith("pagefind/", StringComparison.Ordinal))
        {
            await SendSearchIndex(context, file);
            return;
        }

        foreach (var (name, value) in SecurityHeaders.For(file)) context.Response.Headers[name] = value;
        try
        {
            if (file == CmsConfig.SitePath && site.Content(file) is { } config) await Send(context, ContentType(file), WithLocalBackend(context, config));
            else if (site.Content(file) is { } content) await Send(context, ContentType(file), content, reloads: !IsEditor(file));
            else if (site.Content(file + "/index.html") is not null) context.Response.Redirect(path + "/");
            else await NotFound(context, site);
        }
        catch (Exception e) when (TemplateFailure.Of(e) is { } failure)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await SendHtml(context, $"<!doctype html><html lang=\"nl\"><meta charset=\"utf-8\"><title>Handboek: fout in sjabloon</title><body><h1>Fout in sjabloon</h1><p>{WebUtility.HtmlEncode(CliApp.Format(failure))}</p></body></html>");
        }
    }

    private static bool IsLocalHost(string host) => host is "127.0.0.1" or "localhost";

    /// <summary>The form editor is not reloaded on a save: that would throw away what is being typed.</summary>
    private static bool IsEditor(string file) => file.StartsWith(CmsBundle.Folder, StringComparison.Ordinal);

    /// <summary>
    /// The site's config.yml plus Decap CMS's local_backend, pointing at this server: the form then saves into the
    /// input folder instead of GitHub. Only here; a built site never has it.
    /// </summary>
    private static byte[] WithLocalBackend(HttpContext context, byte[] config)
    {
        var url = $"http://{context.Request.Host}{OwnPrefix}{CmsApi}";
        return [.. config, .. Encoding.UTF8.GetBytes($"local_backend:\n  url: {JsonSerializer.Serialize(url)}\n")];
    }

    private async Task AnswerCms(HttpContext context)
    {
        // JSON only and from this server's own pages: another site open in the browser cannot send JSON here without a
        // CORS preflight, which this server never grants, so it cannot write into the input folder.
        var origin = context.Request.Headers.Origin.ToString();
        if (!HttpMethods.IsPost(context.Request.Method)
            || context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true
            || (origin.Length > 0 && origin != $"http://{context.Request.Host}")
            || context.Request.ContentLength > LocalCmsBackend.MaxRequestBytes)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        JsonNode? answer;
        try
        {
            var request = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? throw new ArgumentException("geen opdracht");
            answer = _cms.Handle(request);
        }
        catch (Exception e) when (e is ArgumentException or JsonException or FormatException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            _error.WriteLine($"handboek: het formulier vroeg iets wat niet kan: {e.Message}");
            context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            answer = new JsonObject { ["error"] = e.Message };
        }

        await Send(context, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(answer?.ToJsonString() ?? "null"));
    }

    private async Task SendSearchIndex(HttpContext context, string file)
    {
        var full = Path.GetFullPath(Path.Combine(_mirrorDir, file));
        if (full.StartsWith(_mirrorDir + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
            await Send(context, ContentType(file), await File.ReadAllBytesAsync(full));
        else
            context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private static async Task NotFound(HttpContext context, SiteSnapshot site)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        if (site.Content("404.html") is { } page) await Send(context, "text/html; charset=utf-8", page);
    }

    private static Task SendHtml(HttpContext context, string html) => Send(context, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    private static async Task Send(HttpContext context, string contentType, byte[] content, bool reloads = true)
    {
        if (reloads && contentType.StartsWith("text/html", StringComparison.Ordinal)) content = WithReloadScript(content);
        context.Response.ContentType = contentType;
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content);
    }

    /// <summary>A script file rather than inline code, so pages keep obeying the site's Content-Security-Policy.</summary>
    private static byte[] WithReloadScript(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var script = $"<script src=\"{OwnPrefix}herladen.js\" defer></script>";
        return Encoding.UTF8.GetBytes(end < 0 ? text + script : text.Insert(end, script));
    }

    private static string ContentType(string file) =>
        ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".html"] = "text/html; charset=utf-8";
        provider.Mappings[".css"] = "text/css; charset=utf-8";
        provider.Mappings[".js"] = "text/javascript; charset=utf-8";
        provider.Mappings[".ics"] = "text/calendar; charset=utf-8";
        provider.Mappings[".csv"] = "text/csv; charset=utf-8";
        provider.Mappings[".yml"] = "text/yaml; charset=utf-8";
        return provider;
    }
}
