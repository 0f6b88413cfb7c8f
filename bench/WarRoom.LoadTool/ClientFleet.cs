using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using WarRoom.Web.Tests.Live;

namespace WarRoom.LoadTool;

/// <summary>
/// N hub clients subscribed to one board, each noting when every <c>dealAnnounced</c> reached it (Stopwatch ticks,
/// the same clock the poster stamps its POSTs with) and counting the board updates it had to read.
/// </summary>
internal sealed class ClientFleet : IAsyncDisposable
{
    private readonly List<HubClient> clients = [];
    private readonly List<Task> readers = [];

    /// <summary>Deal id → arrival time at each client.</summary>
    public ConcurrentDictionary<string, ConcurrentBag<long>> Arrivals { get; } = new(StringComparer.Ordinal);

    public long BoardUpdates => Interlocked.Read(ref boardUpdates);

    /// <summary>JSON bytes of the board updates the first client received, and how many (one client is enough to size them).</summary>
    public (long Bytes, long Count) SampledUpdates => (Interlocked.Read(ref sampledBytes), Interlocked.Read(ref sampledCount));

    public int Count => clients.Count;

    private long boardUpdates;
    private long sampledBytes;
    private long sampledCount;

    public static async Task<ClientFleet> ConnectAsync(Uri hub, string token, string board, int count, int concurrency)
    {
        var fleet = new ClientFleet();
        using var gate = new SemaphoreSlim(concurrency);
        var connecting = Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                var client = await ConnectWithRetryAsync(hub, token);
                await client.InvokeAsync("Subscribe", board);
                lock (fleet.clients)
                {
                    fleet.clients.Add(client);
                    var sampled = fleet.clients.Count == 1;
                    fleet.readers.Add(Task.Run(() => fleet.ReadAsync(client, sampled)));
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(connecting);
        return fleet;
    }

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(clients, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (c, _) => await c.DisposeAsync());
        await Task.WhenAll(readers);
    }

    private static async Task<HubClient> ConnectWithRetryAsync(Uri hub, string token)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await HubClient.ConnectAsync(hub, token);
            }
            catch (Exception e) when (attempt < 5 && e is System.Net.WebSockets.WebSocketException or HttpRequestException)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }

    private async Task ReadAsync(HubClient client, bool sampled)
    {
        await foreach (var message in client.Pushes.ReadAllAsync())
        {
            var now = Stopwatch.GetTimestamp();
            if (message.Target == "dealAnnounced" && message.Arguments[0] is JsonElement deal)
            {
                Arrivals.GetOrAdd(deal.GetProperty("id").GetString()!, _ => []).Add(now);
            }
            else if (message.Target == "boardUpdated" && message.Arguments[0] is JsonElement payload)
            {
                Interlocked.Increment(ref boardUpdates);
                if (sampled)
                {
                    Interlocked.Add(ref sampledBytes, payload.GetRawText().Length);
                    Interlocked.Increment(ref sampledCount);
                }
            }
        }
    }
}
