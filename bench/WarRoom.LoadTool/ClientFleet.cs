using System.Collections.Concurrent;
using System.Text;

namespace WarRoom.LoadTool;

/// <summary>
/// N screens (<see cref="ScreenSocket"/>) subscribed to one board, each noting when every <c>dealAnnounced</c> reached
/// it (Stopwatch ticks, the same clock the poster stamps its POSTs with) and counting the board updates it received.
/// </summary>
internal sealed class ClientFleet : IAsyncDisposable
{
    // One read buffer per screen, all cut from one pinned block: thousands of sockets waiting in a receive each pin
    // their buffer, and pinned arrays scattered through gen0 would fragment it.
    private const int ReadBuffer = 16 * 1024;

    private readonly List<ScreenSocket> clients = [];
    private readonly ConcurrentDictionary<string, ConcurrentBag<long>>.AlternateLookup<ReadOnlySpan<char>> byId;

    private ClientFleet() => byId = Arrivals.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Deal id → arrival time at each client.</summary>
    public ConcurrentDictionary<string, ConcurrentBag<long>> Arrivals { get; } = new(StringComparer.Ordinal);

    /// <summary>Board updates received by all clients, and their JSON bytes (counted off the wire, not parsed).</summary>
    public (long Messages, long Bytes) BoardUpdates
    {
        get
        {
            long messages = 0, bytes = 0;
            lock (clients)
            {
                foreach (var client in clients)
                {
                    var (m, b) = client.BoardUpdates;
                    messages += m;
                    bytes += b;
                }
            }

            return (messages, bytes);
        }
    }

    public int Count => clients.Count;

    public static async Task<ClientFleet> ConnectAsync(Uri hub, string token, string board, int count, int concurrency)
    {
        var fleet = new ClientFleet();
        var buffers = GC.AllocateUninitializedArray<byte>(count * ReadBuffer, pinned: true);
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            var client = await ConnectWithRetryAsync(hub, token, board, buffers.AsMemory(i * ReadBuffer, ReadBuffer), fleet.Arrived);
            lock (fleet.clients)
            {
                fleet.clients.Add(client);
            }
        });
        return fleet;
    }

    public async ValueTask DisposeAsync() =>
        await Parallel.ForEachAsync(clients, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (c, _) => await c.DisposeAsync());

    private void Arrived(ReadOnlySpan<byte> id, long now)
    {
        Span<char> chars = stackalloc char[128];
        var length = Encoding.UTF8.GetChars(id[..Math.Min(id.Length, 128)], chars);
        var key = chars[..length];
        // The first screen a deal reaches adds its entry; the other 4,999 find it without making a string.
        if (!byId.TryGetValue(key, out var bag))
        {
            bag = Arrivals.GetOrAdd(key.ToString(), _ => []);
        }

        bag.Add(now);
    }

    private static async Task<ScreenSocket> ConnectWithRetryAsync(Uri hub, string token, string board, Memory<byte> buffer, Action<ReadOnlySpan<byte>, long> onDeal)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ScreenSocket.ConnectAsync(hub, token, board, buffer, onDeal);
            }
            catch (Exception e) when (attempt < 5 && e is System.Net.WebSockets.WebSocketException or HttpRequestException)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }
}
