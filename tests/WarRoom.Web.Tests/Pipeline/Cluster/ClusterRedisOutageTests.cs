using System.Diagnostics;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Infrastructure.Cluster;
using WarRoom.Web.Tests.Live;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Pipeline.Cluster;

/// <summary>
/// A spool drained while Redis is down: each drained entry is put on the cluster stream again (decision 0018), and
/// the stream's retries (~40 s) are waited out once per outage, not once per entry.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterRedisOutageTests(ClusterFixture cluster) : IAsyncLifetime
{
    private const string Unit = "M00010";
    private const int Entries = 5;
    private const int PerEntry = 20;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => cluster.RestoreAsync();

    [ClusterFact]
    public async Task A_drain_while_Redis_is_down_waits_out_the_stream_retries_once_not_for_every_entry()
    {
        var before = await ClusterConvergenceTests.ValueAsync(cluster.Address(1), Unit);
        var run = Guid.NewGuid().ToString("N")[..8];
        cluster.StopInflux();
        try
        {
            // One batch a request: five entries in node a's spool, each already on the stream for node b.
            using var a = ClusterBackplaneTests.IngestTo(cluster.Address(0));
            for (var i = 0; i < Entries; i++)
            {
                var answer = await PostAsync(a, [.. Enumerable.Range(0, PerEntry).Select(j => (JsonNode)Event($"outage-{run}-{i}-{j}", unit: Unit, value: 1))]);
                Assert.Equal(PerEntry, answer["accepted"]!.GetValue<int>());
            }

            await cluster.StopRedisAsync();
        }
        finally
        {
            await cluster.StartInfluxAsync();
        }

        // The first entry is written, then its stream append waits out the retries; the other four must follow at once.
        var stored = new List<(TimeSpan At, long Count)>();
        var clock = Stopwatch.StartNew();
        try
        {
            while (clock.Elapsed < TimeSpan.FromMinutes(5) && (stored.Count == 0 || stored[^1].Count < Entries * PerEntry))
            {
                var count = await StoredAsync(run);
                if (stored.Count == 0 || stored[^1].Count != count)
                {
                    stored.Add((clock.Elapsed, count));
                }

                await Task.Delay(250);
            }
        }
        finally
        {
            await cluster.StartRedisAsync();
        }

        var steps = string.Join(", ", stored.Select(s => $"{s.Count} at {s.At.TotalSeconds:F1} s"));
        Assert.True(stored[^1].Count == Entries * PerEntry, $"drained: {steps}");
        Assert.True(stored.Any(s => s.Count is > 0 and < Entries * PerEntry), $"the entries were not drained one by one: {steps}");
        var second = stored.First(s => s.Count > PerEntry).At;
        Assert.True(stored[^1].At - second < TimeSpan.FromSeconds(20), $"the entries after the first waited too: {steps}");

        // Both nodes counted them once (node b from the stream when they were accepted), and the stream works again.
        var extra = Event($"outage-{run}-after", unit: Unit, value: 1);
        using (var a = ClusterBackplaneTests.IngestTo(cluster.Address(0)))
        {
            var deadline = Stopwatch.StartNew();
            while (!await AcceptedAsync(a, extra) && deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(500);
            }
        }

        foreach (var node in new[] { 0, 1 })
        {
            var deadline = Stopwatch.StartNew();
            while (await ClusterConvergenceTests.ValueAsync(cluster.Address(node), Unit) != before + (Entries * PerEntry) + 1 && deadline.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(100);
            }

            Assert.Equal(before + (Entries * PerEntry) + 1, await ClusterConvergenceTests.ValueAsync(cluster.Address(node), Unit));
        }
    }

    private static async Task<bool> AcceptedAsync(HttpClient client, JsonNode e)
    {
        using var response = await client.PostAsync("/api/v1/events", Batch([e.DeepClone()]));
        return response.IsSuccessStatusCode && (await AnswerAsync(response))["accepted"]!.GetValue<int>() == 1;
    }

    private async Task<long> StoredAsync(string run)
    {
        var settings = cluster.Settings(0);
        using var influx = new HttpClient { BaseAddress = new Uri(settings["WarRoom:Influx:Url"]!) };
        var query = $"SELECT count(\"value\") FROM kpi_event WHERE \"id\" =~ /^outage-{run}-/";
        var answer = JsonNode.Parse(await influx.GetStringAsync($"/query?db={Uri.EscapeDataString(settings["WarRoom:Influx:Database"]!)}&q={Uri.EscapeDataString(query)}"))!;
        var series = answer["results"]![0]!["series"];
        return series is null ? 0 : series[0]!["values"]![0]![1]!.GetValue<long>();
    }
}
