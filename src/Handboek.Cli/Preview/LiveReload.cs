using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Handboek.Cli.Preview;

/// <summary>
/// Tells open browser tabs what the preview did, over server-sent events: reload after a good rebuild, or show
/// the problems over the last good page. A tab that connects later gets the current state at once.
/// </summary>
public sealed class LiveReload
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];
    private string _state = Message("goed", "");

    public void Reload() => Publish(Message("herladen", ""), Message("goed", ""));

    public void ShowProblems(IEnumerable<string> problems)
    {
        var message = Message("fouten", JsonSerializer.Serialize(problems));
        Publish(message, message);
    }

    public async Task StreamAsync(HttpContext context, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            _clients.Add(channel);
            channel.Writer.TryWrite(_state);
        }

        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(both.Token))
            {
                await context.Response.WriteAsync(message, both.Token);
                await context.Response.Body.FlushAsync(both.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the preview stopped.
        }
        finally
        {
            lock (_gate) _clients.Remove(channel);
        }
    }

    private void Publish(string message, string state)
    {
        lock (_gate)
        {
            _state = state;
            foreach (var client in _clients) client.Writer.TryWrite(message);
        }
    }

    private static string Message(string name, string data) => $"event: {name}\ndata: {data}\n\n";
}
