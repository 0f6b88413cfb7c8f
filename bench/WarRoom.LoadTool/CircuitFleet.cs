using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;

namespace WarRoom.LoadTool;

/// <summary>
/// N screens of the interactive board (<c>/boards/{id}/interactive</c>), each its own circuit, signed in once with
/// the bench's HQ user. A deal has reached a screen when its id first appears in one of that screen's render batches
/// (the ticker's rows carry <c>data-deal="id"</c>): the moment a browser would draw it.
/// </summary>
internal sealed class CircuitFleet : IScreenFleet
{
    private static readonly byte[] DealPrefix = "load-"u8.ToArray();
    private readonly List<CircuitClient> clients = [];

    public ConcurrentDictionary<string, ConcurrentBag<long>> Arrivals { get; } = new(StringComparer.Ordinal);

    public (long Messages, long Bytes) BoardUpdates
    {
        get
        {
            lock (clients)
            {
                return (clients.Sum(c => Interlocked.Read(ref c.Batches)), clients.Sum(c => Interlocked.Read(ref c.Bytes)));
            }
        }
    }

    public int Count => clients.Count;

    public static async Task<CircuitFleet> ConnectAsync(Uri server, string board, (string Login, string Password) user, int count, int concurrency)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = server, Timeout = TimeSpan.FromMinutes(3),
        };
        await SignIn.AsAsync(http, user.Login, user.Password);
        var cookie = cookies.GetCookieHeader(server);
        var page = new Uri(server, $"/boards/{board}/interactive");
        var fleet = new CircuitFleet();
        using var gate = new SemaphoreSlim(concurrency);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var client = await CircuitClient.StartAsync(http, page, cookie, batch => fleet.Note(batch, seen));
                lock (fleet.clients)
                {
                    fleet.clients.Add(client);
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        return fleet;
    }

    /// <summary>Every deal id in a batch that this screen had not shown yet (one screen's batches come in order).</summary>
    private void Note(byte[] batch, HashSet<string> seen)
    {
        var now = Stopwatch.GetTimestamp();
        var span = batch.AsSpan();
        for (var at = span.IndexOf(DealPrefix); at >= 0; at = span.IndexOf(DealPrefix))
        {
            var end = at + DealPrefix.Length;
            while (end < span.Length && (char.IsAsciiLetterOrDigit((char)span[end]) || span[end] == '-'))
            {
                end++;
            }

            var id = Encoding.ASCII.GetString(span[at..end]);
            if (seen.Add(id))
            {
                Arrivals.GetOrAdd(id, _ => []).Add(now);
            }

            span = span[end..];
        }
    }

    public async ValueTask DisposeAsync() =>
        await Parallel.ForEachAsync(clients, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (c, _) => await c.DisposeAsync());
}
