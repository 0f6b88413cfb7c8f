using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace WarRoom.LoadTool;

/// <summary>
/// One simulated screen: a SignalR JSON-protocol client over a raw <see cref="ClientWebSocket"/> that costs the
/// measuring process as little as possible, since thousands of them share the cores of the nodes they measure. It
/// reads frames into one fixed buffer, counts <c>boardUpdated</c> records off the wire without keeping them, and
/// parses only a <c>dealAnnounced</c> record's deal id (<see cref="DealIds"/>); nothing else is allocated per message.
/// </summary>
internal sealed class ScreenSocket : IAsyncDisposable
{
    private const byte Separator = 0x1e;
    private static readonly byte[] Handshake = Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e");
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");

    private readonly ClientWebSocket socket = new();
    private readonly Memory<byte> buffer;
    private readonly RecordReader records;
    private readonly CancellationTokenSource stop = new();
    private Task receiving = Task.CompletedTask;

    private ScreenSocket(Memory<byte> buffer, Action<ReadOnlySpan<byte>, long> onDeal)
    {
        this.buffer = buffer;
        records = new RecordReader(onDeal);
        // The server's pings (every 15 s) are answered from the receive loop; no keep-alive timer per socket.
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    /// <summary>boardUpdated records received and their bytes.</summary>
    public (long Messages, long Bytes) BoardUpdates => (records.BoardMessages, records.BoardBytes);

    /// <summary>
    /// Connects, shakes hands and subscribes to <paramref name="board"/> (the subscription's snapshot reply is skipped
    /// unparsed, an error reply throws). <paramref name="buffer"/> is this socket's own receive buffer.
    /// </summary>
    public static async Task<ScreenSocket> ConnectAsync(Uri hub, string token, string board, Memory<byte> buffer, Action<ReadOnlySpan<byte>, long> onDeal)
    {
        var screen = new ScreenSocket(buffer, onDeal);
        var ws = new UriBuilder(hub) { Scheme = hub.Scheme == "https" ? "wss" : "ws", Query = "access_token=" + Uri.EscapeDataString(token) };
        try
        {
            await screen.socket.ConnectAsync(ws.Uri, CancellationToken.None);
            await screen.socket.SendAsync(Handshake, WebSocketMessageType.Text, true, CancellationToken.None);
            var subscribe = Encoding.UTF8.GetBytes($"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"Subscribe\",\"arguments\":[\"{board}\"]}}\u001e");
            await screen.socket.SendAsync(subscribe, WebSocketMessageType.Text, true, CancellationToken.None);
            screen.receiving = Task.Run(screen.ReceiveLoopAsync);
            await screen.records.Subscribed.Task.WaitAsync(TimeSpan.FromSeconds(60));
            return screen;
        }
        catch
        {
            await screen.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // the server went first, or the cancelled receive aborted the socket
            }
        }

        await receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        socket.Dispose();
        stop.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                // One clock reading per read: every record that ends in it arrived now.
                var now = Stopwatch.GetTimestamp();
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                if (records.Feed(buffer.Span[..result.Count], now))
                {
                    await socket.SendAsync(Ping, WebSocketMessageType.Text, true, stop.Token);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // closed
        }
        finally
        {
            records.Subscribed.TrySetException(new WebSocketException("closed before the subscription was answered"));
        }
    }
}
