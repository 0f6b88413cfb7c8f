using System.Buffers;
using System.Diagnostics;
using System.Net;
using WarRoom.Core.Events;
using WarRoom.Core.Seed;
using WarRoom.Web.Storage.Influx;

namespace WarRoom.IngestBench;

/// <summary>
/// The reference for WarRoom on InfluxDB: the same points, formatted by the adapter's own
/// <see cref="LineProtocol"/> (so the same bytes, identity included) in bodies of the adapter's batch size before
/// the clock starts, POSTed straight to influxd's /write over as many concurrent connections as the HTTP client uses.
/// </summary>
internal static class LineProtocolReference
{
    public static List<byte[]> Bodies(SeedData seed, IReadOnlyList<EventRecord> events, int linesPerBody)
    {
        var format = new LineProtocol(seed.Org, seed.Kpis);
        var buffer = new ArrayBufferWriter<byte>(linesPerBody * 200);
        var bodies = new List<byte[]>();
        for (var start = 0; start < events.Count; start += linesPerBody)
        {
            buffer.ResetWrittenCount();
            for (var i = start; i < Math.Min(events.Count, start + linesPerBody); i++)
            {
                format.Append(buffer, events[i]);
            }

            bodies.Add(buffer.WrittenSpan.ToArray());
        }

        return bodies;
    }

    public static async Task<TimeSpan> PostAsync(string url, string database, IReadOnlyList<byte[]> bodies, int connections)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(url + "/"), Timeout = TimeSpan.FromMinutes(5) };
        using (var create = await http.PostAsync("query", new FormUrlEncodedContent([new("q", $"CREATE DATABASE \"{database}\"")])))
        {
            create.EnsureSuccessStatusCode();
        }

        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < bodies.Count; i = Interlocked.Increment(ref next))
            {
                using var content = new ByteArrayContent(bodies[i]);
                using var response = await http.PostAsync($"write?db={database}&precision=ns", content);
                if (response.StatusCode != HttpStatusCode.NoContent)
                {
                    throw new InvalidOperationException($"reference write failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        })));
        return clock.Elapsed;
    }
}
