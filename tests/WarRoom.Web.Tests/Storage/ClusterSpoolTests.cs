using System.Diagnostics;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure.Cluster;
using WarRoom.Web.Tests.Live;
using WarRoom.Web.Tests.Pipeline.Cluster;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Storage;

/// <summary>
/// Decision 0018: a node's InfluxDB spool is drained by that node, when InfluxDB is back or, if the node died with
/// a full spool, when it rejoins (its start drains the spool before it reads the store back). Acknowledged events
/// wait on its disk meanwhile and the stream has already carried them to the other nodes, so none is lost or
/// counted twice.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterSpoolTests(ClusterFixture cluster) : IAsyncLifetime
{
    private const string Unit = "M00007";

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>A test that failed with a node or InfluxDB down leaves them running again for the next test.</summary>
    public Task DisposeAsync() => cluster.RestoreAsync();

    [ClusterFact]
    public async Task Events_a_killed_node_spooled_during_an_InfluxDB_outage_are_counted_once_everywhere_after_it_rejoins()
    {
        var before = await ClusterConvergenceTests.ValueAsync(cluster.Address(1), Unit);
        var run = Guid.NewGuid().ToString("N")[..8];
        JsonNode[] batch = [.. Enumerable.Range(0, 100).Select(i => (JsonNode)Event($"spooled-{run}-{i}", unit: Unit, value: 1))];

        cluster.StopInflux();
        try
        {
            // Acknowledged by node a while InfluxDB is down: in its spool, and on the stream for node b.
            using (var a = ClusterBackplaneTests.IngestTo(cluster.Address(0)))
            {
                var answer = await PostAsync(a, batch);
                Assert.Equal(100, answer["accepted"]!.GetValue<int>());
            }

            await WaitForAsync(1, Unit, before + 100);
            cluster.Kill(0);
        }
        finally
        {
            await cluster.StartInfluxAsync();
        }

        // Only node a's spool has them; it rejoins, and its start drains the spool into InfluxDB and reads it back.
        Assert.Equal(0, await StoredAsync(run));
        await cluster.StartAsync(0);
        Assert.Equal(100, await StoredAsync(run));
        await CountedOnceEverywhereAsync(Unit, before, batch);
    }

    /// <summary>
    /// A node that starts while another node's spool holds events rebuilds from a store without them and follows the
    /// stream from past them. When the spool's node drains it, it puts the drained events on the stream again, and
    /// the started node counts them then — once, with the duplicate rule intact on both nodes.
    /// </summary>
    [ClusterFact]
    public async Task A_node_started_while_another_nodes_spool_was_full_counts_its_events_once_when_it_drains()
    {
        const string unit = "M00008";
        var before = await ClusterConvergenceTests.ValueAsync(cluster.Address(0), unit);
        var run = Guid.NewGuid().ToString("N")[..8];
        JsonNode[] batch = [.. Enumerable.Range(0, 100).Select(i => (JsonNode)Event($"spooled-{run}-{i}", unit: unit, value: 1))];

        cluster.Kill(1);
        cluster.StopInflux();
        try
        {
            using var a = ClusterBackplaneTests.IngestTo(cluster.Address(0));
            Assert.Equal(100, (await PostAsync(a, batch))["accepted"]!.GetValue<int>());
            cluster.Kill(0);
        }
        finally
        {
            await cluster.StartInfluxAsync();
        }

        // Node b starts now: the store lacks the spooled events and the stream's tip is past their entry.
        await cluster.StartAsync(1);
        Assert.Equal(0, await StoredAsync(run));
        Assert.Equal(before, await ClusterConvergenceTests.ValueAsync(cluster.Address(1), unit));

        await cluster.StartAsync(0);
        Assert.Equal(100, await StoredAsync(run));
        await CountedOnceEverywhereAsync(unit, before, batch);

        // Applied once: a second look a moment later finds the same figure on the node that got them late.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(before + 100, await ClusterConvergenceTests.ValueAsync(cluster.Address(1), unit));
    }

    /// <summary>Both nodes show the batch's 100 once, and each takes a resend of it as 100 duplicates.</summary>
    private async Task CountedOnceEverywhereAsync(string unit, double before, JsonNode[] batch)
    {
        foreach (var node in new[] { 0, 1 })
        {
            await WaitForAsync(node, unit, before + 100);
            Assert.Equal(before + 100, await ClusterConvergenceTests.ValueAsync(cluster.Address(node), unit));
            using var client = ClusterBackplaneTests.IngestTo(cluster.Address(node));
            var again = await PostAsync(client, [.. batch.Select(e => e.DeepClone())]);
            Assert.Equal(0, again["accepted"]!.GetValue<int>());
            Assert.Equal(100, again["duplicates"]!.GetValue<int>());
        }
    }

    /// <summary>How many points of this run InfluxDB holds (every point carries its event id as a field).</summary>
    private async Task<long> StoredAsync(string run)
    {
        var settings = cluster.Settings(0);
        using var influx = new HttpClient { BaseAddress = new Uri(settings["WarRoom:Influx:Url"]!) };
        var query = $"SELECT count(\"value\") FROM kpi_event WHERE \"id\" =~ /^spooled-{run}-/";
        var answer = JsonNode.Parse(await influx.GetStringAsync($"/query?db={Uri.EscapeDataString(settings["WarRoom:Influx:Database"]!)}&q={Uri.EscapeDataString(query)}"))!;
        var series = answer["results"]![0]!["series"];
        return series is null ? 0 : series[0]!["values"]![0]![1]!.GetValue<long>();
    }

    private async Task WaitForAsync(int node, string unit, double expected)
    {
        var deadline = Stopwatch.StartNew();
        while (await ClusterConvergenceTests.ValueAsync(cluster.Address(node), unit) != expected && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
        }
    }
}
