using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using WarRoom.Core.Events;
using WarRoom.Core.Seed;
using WarRoom.Web.Storage;
using WarRoom.Web.Storage.Influx;

namespace WarRoom.StoreBench;

/// <summary>
/// The reference for the Influx adapter: the same points as plain line protocol, formatted up front (not timed)
/// by independent code, POSTed in bodies of the same size one after another with a bare HttpClient, no gzip.
/// </summary>
internal static class ReferenceWriter
{
    public static List<byte[]> Bodies(SeedData seed, IReadOnlyList<EventRecord> events, int linesPerBody)
    {
        var bodies = new List<byte[]>();
        var text = new StringBuilder();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var unit = seed.Org[e.Unit];
            text.Append(CultureInfo.InvariantCulture,
                $"kpi_event,kpi={seed.Kpis[e.Kpi].Code}{LineProtocol.UnitTags(unit)} value={e.Value.ToString("R", CultureInfo.InvariantCulture)},id=\"{e.Id}\",seq={e.Seq}i,t={e.TimeMs}i {PointIdentity.OrderKey(e.TimeMs, e.Seq)}\n");
            if ((i + 1) % linesPerBody == 0 || i == events.Count - 1)
            {
                bodies.Add(Encoding.UTF8.GetBytes(text.ToString()));
                text.Clear();
            }
        }

        return bodies;
    }

    public static async Task<TimeSpan> PostAsync(string url, string database, IReadOnlyList<byte[]> bodies)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url + "/") };
        using (var create = await http.PostAsync("query", new FormUrlEncodedContent([new("q", $"CREATE DATABASE \"{database}\"")])))
        {
            create.EnsureSuccessStatusCode();
        }

        var clock = Stopwatch.StartNew();
        foreach (var body in bodies)
        {
            using var response = await http.PostAsync($"write?db={database}&precision=ns", new ByteArrayContent(body));
            if (response.StatusCode != HttpStatusCode.NoContent)
            {
                throw new InvalidOperationException($"reference write failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        return clock.Elapsed;
    }
}
