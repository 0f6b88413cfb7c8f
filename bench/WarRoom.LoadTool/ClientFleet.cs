using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using WarRoom.Web.Tests.Live;

namespace WarRoom.LoadTool;

/// <summary>
/// N hub clients subscribed to one board, each noting when every <c>dealAnnounced</c> reached it (Stopwatch ticks,
/// the same clock the poster stamps its POSTs with) and counting the board updates it received.
/// </summary>
internal sealed class ClientFleet : IAsyncDisposable
{
    private readonly List<HubClient> clients = [];
    private readonly List<Task> readers = [];

    /// <summary>Deal id → arrival time at each client.</summary>
    public ConcurrentDictionary<string, ConcurrentBag<long>> Arrivals { get; } = new(StringComparer.Ordinal);

    /// <summary>Board updates received by all clients, and their JSON bytes (counted off the wire, not parsed).</summary>
    public (long Messages, long Bytes) BoardUpdates
    {
        get
        {
            long messages = 0, bytes = 0;
            foreach (var client in clients)
            {
                if (client.Skipped.TryGetValue("boardUpdated", out var seen))
                {
                    messages += seen.Messages;
                    bytes += seen.Bytes;
                }
            }

            return (messages, bytes);
        }
    }

    public int Count => clients.Count;


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
                // A screen parses its board updates; 5,000 simulated screens in one process only count them, so the
                // tool's CPU goes to what is measured (the deals), not to 50 MB/s of JSON nobody looks at.
                client.CountOnly("boardUpdated");
                await client.InvokeAsync("Subscribe", board);
                lock (fleet.clients)
                {
                    fleet.clients.Add(client);
                    fleet.readers.Add(Task.Run(() => fleet.ReadAsync(client)));
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

    private async Task ReadAsync(HubClient client)
    {
        await foreach (var message in client.Pushes.ReadAllAsync())
        {
            var now = Stopwatch.GetTimestamp();
            if (message.Target == "dealAnnounced" && message.Arguments[0] is JsonElement deal)
            {
                Arrivals.GetOrAdd(deal.GetProperty("id").GetString()!, _ => []).Add(now);
            }

        }
    }
}
