using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace WarRoom.LoadTool;

/// <summary>
/// A headless browser tab for an interactive Server page, as blazor.web.js drives it: GET the pre-rendered page,
/// connect to <c>/_blazor</c> (blazorpack over WebSockets, the sign-in cookie), <c>StartCircuit</c>, add the page's
/// root components with <c>UpdateRootComponents</c>, acknowledge every render batch with <c>OnRenderCompleted</c>
/// (the server stops rendering a circuit that leaves ten unacknowledged), and answer the circuit's JS calls.
/// It does not build a DOM: each batch's bytes go to <paramref name="onBatch"/>.
/// </summary>
internal sealed class CircuitClient(HubConnection hub) : IAsyncDisposable
{
    private readonly TaskCompletionSource firstBatch = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Batches;
    public long Bytes;

    public string? Error { get; private set; }

    public static async Task<CircuitClient> StartAsync(HttpClient http, Uri page, string cookie, Action<byte[]> onBatch)
    {
        var html = await http.GetStringAsync(page);
        var markers = PrerenderMarkers.ServerComponents(html);
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"{page} has no interactive Server component (signed in?)");
        }

        var builder = new HubConnectionBuilder().WithUrl(new Uri(page, "/_blazor"), o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
            o.Headers["Cookie"] = cookie;
        });
        builder.Services.AddSingleton<IHubProtocol, BlazorPack>();
        var hub = builder.Build();
        hub.ServerTimeout = TimeSpan.FromMinutes(5); // a loaded server may be slow to ping 2,000 circuits
        var client = new CircuitClient(hub);
        hub.On<long, byte[]>("JS.RenderBatch", async (id, data) =>
        {
            Interlocked.Increment(ref client.Batches);
            Interlocked.Add(ref client.Bytes, data.Length);
            onBatch(data);
            await hub.SendAsync("OnRenderCompleted", id, null);
            client.firstBatch.TrySetResult();
        });
        // .NET 10: (asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType). The page itself calls
        // no JS; the framework's calls (renderer interop, navigation interception) want a void answer, or none (0).
        hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], async args =>
        {
            var handle = (long)args[0]!;
            if (handle != 0)
            {
                await hub.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,null]");
            }
        });
        hub.On<string>("JS.Error", e => client.Error = e);
        await hub.StartAsync();
        var state = PrerenderMarkers.ApplicationState(html);
        var secret = await hub.InvokeAsync<string?>("StartCircuit", new Uri(page, "/").ToString(), page.ToString(), "[]", state);
        if (string.IsNullOrEmpty(secret))
        {
            throw new InvalidOperationException("StartCircuit was refused: " + client.Error);
        }

        await hub.SendAsync("UpdateRootComponents", PrerenderMarkers.AddAll(markers), state);
        if (await Task.WhenAny(client.firstBatch.Task, Task.Delay(TimeSpan.FromSeconds(60))) != client.firstBatch.Task)
        {
            throw new TimeoutException("the circuit rendered nothing within 60 s: " + client.Error);
        }

        return client;
    }

    public ValueTask DisposeAsync() => hub.DisposeAsync();
}
