using System.Net;
using System.Net.Sockets;

namespace Handboek.Tests.Support;

/// <summary>Serves a built site on 127.0.0.1 the way a static host does, for tests in a real browser.</summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".svg"] = "image/svg+xml",
        [".ics"] = "text/calendar; charset=utf-8",
        [".xml"] = "application/xml",
        [".wasm"] = "application/wasm",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly IReadOnlyDictionary<string, string> _headers;

    /// <param name="headers">Sent with every response, as netlify.toml makes Netlify do (the security headers).</param>
    public StaticSiteServer(string root, IReadOnlyDictionary<string, string>? headers = null)
    {
        _root = root;
        _headers = headers ?? new Dictionary<string, string>();
        BaseUrl = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var response = context.Response;
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
            if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
            var file = Path.GetFullPath(Path.Combine(_root, path));
            if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
            {
                response.StatusCode = 404;
                file = Path.Combine(_root, "404.html");
                if (!File.Exists(file)) continue;
            }

            foreach (var (name, value) in _headers) response.Headers[name] = value;
            response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            var bytes = await File.ReadAllBytesAsync(file);
            await response.OutputStream.WriteAsync(bytes);
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
