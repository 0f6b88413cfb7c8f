using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace WarRoom.IngestBench;

/// <summary>
/// POSTs pre-serialised bodies to /api/v1/events over a fixed number of keep-alive connections, each connection
/// taking the next body when its previous one was answered. A 429/503 is retried after its Retry-After (counted).
/// Only events the app answered as accepted count: those are the durable ones.
/// </summary>
internal sealed class IngestClient : IDisposable
{
    private readonly HttpClient http;

    /// <summary>
    /// Where bodies go: null for JSON to /api/v1/events; a line-protocol path (e.g. <c>/write?precision=ms</c>) for
    /// InfluxDB line protocol, answered 204 when every line was taken.
    /// </summary>
    public string? LinePath { get; init; }

    public IngestClient(Uri address, string ingestKey, int connections)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ingestKey);
        Connections = connections;
    }

    public int Connections { get; }

    public async Task<IngestTotals> PostAllAsync(IReadOnlyList<byte[]> bodies)
    {
        var next = -1;
        var totals = new IngestTotals();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < bodies.Count; i = Interlocked.Increment(ref next))
            {
                await PostOneAsync(bodies[i], totals);
            }
        })));
        totals.Elapsed = clock.Elapsed;
        return totals;
    }

    /// <summary>Posts one body until it is answered 200; returns the answer's accepted count.</summary>
    public async Task<int> PostOneAsync(byte[] body, IngestTotals totals)
    {
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(LinePath is null ? "application/json" : "text/plain");
            using var response = await http.PostAsync(LinePath ?? "/api/v1/events", content);
            var answer = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests)
            {
                totals.CountRetry();
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }

            if (LinePath is not null && response.StatusCode == HttpStatusCode.NoContent)
            {
                var lines = body.AsSpan().Count((byte)'\n');
                totals.Add(lines, 0, 0, Stopwatch.GetElapsedTime(started));
                return lines;
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"ingest answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(answer)}");
            }

            using var json = JsonDocument.Parse(answer);
            var accepted = json.RootElement.GetProperty("accepted").GetInt32();
            totals.Add(accepted, json.RootElement.GetProperty("duplicates").GetInt32(),
                json.RootElement.GetProperty("rejected").GetArrayLength(), Stopwatch.GetElapsedTime(started));
            return accepted;
        }
    }

    public void Dispose() => http.Dispose();
}

/// <summary>What the app answered over a run, and how long each request took.</summary>
internal sealed class IngestTotals
{
    private readonly List<double> latencyMs = [];
    private long accepted, duplicates, rejected, retries;

    public long Accepted => Interlocked.Read(ref accepted);
    public long Duplicates => Interlocked.Read(ref duplicates);
    public long Rejected => Interlocked.Read(ref rejected);
    public long Retries => Interlocked.Read(ref retries);
    public TimeSpan Elapsed { get; set; }

    public IReadOnlyList<double> LatencyMs
    {
        get
        {
            lock (latencyMs)
            {
                return [.. latencyMs];
            }
        }
    }

    public void Add(int acceptedCount, int duplicateCount, int rejectedCount, TimeSpan latency)
    {
        Interlocked.Add(ref accepted, acceptedCount);
        Interlocked.Add(ref duplicates, duplicateCount);
        Interlocked.Add(ref rejected, rejectedCount);
        lock (latencyMs)
        {
            latencyMs.Add(latency.TotalMilliseconds);
        }
    }

    public void CountRetry() => Interlocked.Increment(ref retries);
}
