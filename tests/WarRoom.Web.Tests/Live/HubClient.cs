using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace WarRoom.Web.Tests.Live;

/// <summary>
/// A SignalR client over a real <see cref="ClientWebSocket"/>, framing with the framework's own
/// <see cref="JsonHubProtocol"/> and <see cref="HandshakeProtocol"/> — the wire format the browser client speaks
/// (the .NET client package does not restore here). Shared by the hub tests and the load tool.
/// </summary>
public sealed class HubClient : IAsyncDisposable
{
    private static readonly JsonHubProtocol Protocol = new();
    private const byte RecordSeparator = 0x1e;

    private readonly ClientWebSocket socket = new();
    private readonly Channel<InvocationMessage> pushes = Channel.CreateUnbounded<InvocationMessage>();
    private readonly Dictionary<string, TaskCompletionSource<CompletionMessage>> calls = [];
    private readonly HashSet<string> resultsNotWanted = [];
    private readonly CancellationTokenSource stop = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> countOnly = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (long Messages, long Bytes)> skipped = new(StringComparer.Ordinal);
    private Task? receiving;
    private int nextId;

    /// <summary>Every server → client invocation (boardUpdated, dealAnnounced…) with its arguments as JSON.</summary>
    public ChannelReader<InvocationMessage> Pushes => pushes.Reader;

    /// <summary>
    /// Load generators: invocations of <paramref name="target"/> are counted (<see cref="Skipped"/>) but not parsed or
    /// delivered to <see cref="Pushes"/>, so thousands of clients in one process spend their CPU on what is measured.
    /// </summary>
    public void CountOnly(string target) =>
        countOnly[target] = System.Text.Encoding.UTF8.GetBytes($"{{\"type\":1,\"target\":\"{target}\"");

    /// <summary>Per <see cref="CountOnly"/> target: messages received and their JSON bytes.</summary>
    public IReadOnlyDictionary<string, (long Messages, long Bytes)> Skipped => skipped;

    /// <summary>Set when the server closes the connection (e.g. an authorization failure), with its reason.</summary>
    public string? CloseError { get; private set; }

    public static async Task<HubClient> ConnectAsync(Uri hubUrl, string? token, CancellationToken ct = default)
    {
        var client = new HubClient();
        var ws = new UriBuilder(hubUrl) { Scheme = hubUrl.Scheme == "https" ? "wss" : "ws" };
        if (token is not null)
        {
            ws.Query = "access_token=" + Uri.EscapeDataString(token);
        }

        await client.socket.ConnectAsync(ws.Uri, ct);
        var handshake = new ArrayBufferWriter<byte>();
        HandshakeProtocol.WriteRequestMessage(new HandshakeRequestMessage("json", 1), handshake);
        await client.socket.SendAsync(handshake.WrittenMemory, WebSocketMessageType.Text, true, ct);

        var buffer = new ArrayBufferWriter<byte>();
        await ReceiveFrameAsync(client.socket, buffer, ct);
        var sequence = new ReadOnlySequence<byte>(buffer.WrittenMemory);
        if (!HandshakeProtocol.TryParseResponseMessage(ref sequence, out var response) || response.Error is not null)
        {
            throw new InvalidOperationException("handshake failed: " + response?.Error);
        }

        client.receiving = Task.Run(() => client.ReceiveLoopAsync(sequence));
        return client;
    }

    /// <summary>Invokes a hub method and returns its result as JSON (throws with the server's error).</summary>
    public async Task<JsonElement> InvokeAsync(string method, params object?[] args)
    {
        var id = Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<CompletionMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (calls)
        {
            calls[id] = completion;
        }

        await SendAsync(new InvocationMessage(id, method, args));
        var result = await completion.Task.WaitAsync(TimeSpan.FromSeconds(30));
        if (result.Error is not null)
        {
            throw new HubException(result.Error);
        }

        return result.HasResult && result.Result is JsonElement e ? e : default;
    }

    /// <summary>
    /// Invokes a hub method and only checks that it succeeded: a successful result is not parsed (load generators, where
    /// thousands of simulated screens share the server's cores; a real screen parses its own reply on its own machine).
    /// </summary>
    public async Task InvokeIgnoringResultAsync(string method, params object?[] args)
    {
        var id = Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<CompletionMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (calls)
        {
            calls[id] = completion;
            resultsNotWanted.Add(id);
        }

        await SendAsync(new InvocationMessage(id, method, args));
        var result = await completion.Task.WaitAsync(TimeSpan.FromSeconds(30));
        if (result.Error is not null)
        {
            throw new HubException(result.Error);
        }
    }

    /// <summary>Waits for the next push of <paramref name="target"/>, skipping others.</summary>
    public async Task<JsonElement> NextAsync(string target, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var message = await pushes.Reader.ReadAsync(cts.Token);
            if (message.Target == target)
            {
                return message.Arguments.Length > 0 && message.Arguments[0] is JsonElement e ? e : default;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // the server went first, or cancelling the receive loop above aborted the socket before this close
            }
        }

        if (receiving is not null)
        {
            await receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        socket.Dispose();
        stop.Dispose();
    }

    private async Task SendAsync(HubMessage message)
    {
        var writer = new ArrayBufferWriter<byte>();
        Protocol.WriteMessage(message, writer);
        await socket.SendAsync(writer.WrittenMemory, WebSocketMessageType.Text, true, stop.Token);
    }

    private async Task ReceiveLoopAsync(ReadOnlySequence<byte> leftover)
    {
        var binder = new JsonBinder();
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write(leftover.ToArray());
        try
        {
            while (true)
            {
                var sequence = new ReadOnlySequence<byte>(buffer.WrittenMemory);
                while (true)
                {
                    if (TrySkip(ref sequence))
                    {
                        continue;
                    }

                    if (!Protocol.TryParseMessage(ref sequence, binder, out var message))
                    {
                        break;
                    }

                    await DispatchAsync(message);
                }

                var rest = sequence.ToArray();
                buffer.Clear();
                buffer.Write(rest);
                if (!await ReceiveFrameAsync(socket, buffer, stop.Token))
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // closed
        }
        finally
        {
            pushes.Writer.TryComplete();
        }
    }

    /// <summary>
    /// Counts a complete server invocation of a <see cref="CountOnly"/> target without parsing it (the JSON protocol
    /// writes <c>{"type":1,"target":"…"</c> first), or completes an <see cref="InvokeIgnoringResultAsync"/> call whose
    /// answer is a result (<c>{"type":3,"invocationId":"…","result"</c>; an error is parsed as usual). Returns
    /// whether it consumed one.
    /// </summary>
    private bool TrySkip(ref ReadOnlySequence<byte> sequence)
    {
        var end = countOnly.IsEmpty && resultsNotWanted.Count == 0 ? -1 : sequence.FirstSpan.IndexOf(RecordSeparator);
        if (end < 0)
        {
            return false;
        }

        var frame = sequence.FirstSpan[..end];
        if (TrySkipResult(frame))
        {
            sequence = sequence.Slice(end + 1);
            return true;
        }

        foreach (var (target, prefix) in countOnly)
        {
            if (frame.StartsWith(prefix))
            {
                skipped.AddOrUpdate(target, (1, end), (_, c) => (c.Messages + 1, c.Bytes + end));
                sequence = sequence.Slice(end + 1);
                return true;
            }
        }

        return false;
    }

    private bool TrySkipResult(ReadOnlySpan<byte> frame)
    {
        ReadOnlySpan<byte> head = "{\"type\":3,\"invocationId\":\""u8;
        ReadOnlySpan<byte> result = "\",\"result\""u8;
        if (!frame.StartsWith(head))
        {
            return false;
        }

        var rest = frame[head.Length..];
        var quote = rest.IndexOf((byte)'"');
        if (quote < 0 || !rest[quote..].StartsWith(result))
        {
            return false;
        }

        var id = System.Text.Encoding.UTF8.GetString(rest[..quote]);
        TaskCompletionSource<CompletionMessage>? waiting;
        lock (calls)
        {
            if (!resultsNotWanted.Remove(id))
            {
                return false;
            }

            calls.Remove(id, out waiting);
        }

        waiting?.TrySetResult(CompletionMessage.Empty(id));
        return true;
    }

    private async Task DispatchAsync(HubMessage message)
    {
        switch (message)
        {
            case InvocationMessage invocation:
                await pushes.Writer.WriteAsync(invocation);
                break;
            case CompletionMessage completion:
                TaskCompletionSource<CompletionMessage>? waiting;
                lock (calls)
                {
                    calls.Remove(completion.InvocationId!, out waiting);
                    resultsNotWanted.Remove(completion.InvocationId!);
                }

                waiting?.TrySetResult(completion);
                break;
            case PingMessage:
                await SendAsync(PingMessage.Instance);
                break;
            case CloseMessage close:
                CloseError = close.Error ?? "closed";
                pushes.Writer.TryComplete();
                break;
        }
    }

    private static async Task<bool> ReceiveFrameAsync(ClientWebSocket socket, ArrayBufferWriter<byte> into, CancellationToken ct)
    {
        while (true)
        {
            var result = await socket.ReceiveAsync(into.GetMemory(16 * 1024), ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return false;
            }

            into.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return true;
            }
        }
    }

    /// <summary>Every push WarRoom sends carries one argument; bind it and every result as raw JSON.</summary>
    private sealed class JsonBinder : IInvocationBinder
    {
        public IReadOnlyList<Type> GetParameterTypes(string methodName) => [typeof(JsonElement)];

        public Type GetReturnType(string invocationId) => typeof(JsonElement);

        public Type GetStreamItemType(string streamId) => typeof(JsonElement);
    }
}
