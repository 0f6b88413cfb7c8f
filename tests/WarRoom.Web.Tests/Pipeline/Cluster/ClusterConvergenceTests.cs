using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Infrastructure.Cluster;
using WarRoom.Web.Tests.Live;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Pipeline.Cluster;

/// <summary>Every accepted event reaches every node's aggregates, once; an id sent to two nodes at once counts once.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterConvergenceTests(ClusterFixture cluster)
{
    private const string Rankings = "/api/v1/rankings?level=manager&metric=deposit_new";

    [ClusterFact]
    public async Task Events_posted_to_either_node_show_in_the_same_rankings_on_both_within_a_second()
    {
        var before = await ValueAsync(cluster.Address(0), "M00003");
        using var a = ClusterBackplaneTests.IngestTo(cluster.Address(0));
        using var b = ClusterBackplaneTests.IngestTo(cluster.Address(1));
        var run = Guid.NewGuid().ToString("N");
        var posts = Enumerable.Range(0, 20).Select(i => PostAsync(i % 2 == 0 ? a : b,
            [.. Enumerable.Range(0, 50).Select(j => (JsonNode)Event($"converge-{run}-{i}-{j}", unit: j % 2 == 0 ? "M00003" : "M00004", value: 1))]));
        var answers = await Task.WhenAll(posts);
        var acknowledged = Stopwatch.StartNew();
        Assert.All(answers, answer => Assert.Equal(50, answer["accepted"]!.GetValue<int>()));

        // Both nodes asked at once, until both show every event: the time is when they first agreed.
        string[] items;
        do
        {
            items = await Task.WhenAll(ItemsAsync(cluster.Address(0)), ItemsAsync(cluster.Address(1)));
        }
        while ((items[0] != items[1] || ValueIn(items[1], "M00003") != before + 500) && acknowledged.Elapsed < TimeSpan.FromSeconds(5));

        var agreed = acknowledged.Elapsed;
        Assert.Equal(items[0], items[1]);
        Assert.Equal(before + 500, ValueIn(items[0], "M00003"));
        Assert.True(agreed < TimeSpan.FromSeconds(1), $"the nodes agreed only after {agreed.TotalMilliseconds:F0} ms");
    }

    [ClusterFact]
    public async Task The_same_ids_sent_to_both_nodes_at_once_are_counted_once()
    {
        var before = await ValueAsync(cluster.Address(0), "M00005");
        using var a = ClusterBackplaneTests.IngestTo(cluster.Address(0));
        using var b = ClusterBackplaneTests.IngestTo(cluster.Address(1));
        var run = Guid.NewGuid().ToString("N");
        for (var round = 0; round < 5; round++)
        {
            JsonNode[] batch = [.. Enumerable.Range(0, 200).Select(j => (JsonNode)Event($"twice-{run}-{round}-{j}", unit: "M00005", value: 1))];
            var answers = await Task.WhenAll(PostAsync(a, batch), PostAsync(b, [.. batch.Select(e => e.DeepClone())]));

            Assert.Equal(200, answers.Sum(x => x["accepted"]!.GetValue<int>()));
            Assert.Equal(200, answers.Sum(x => x["duplicates"]!.GetValue<int>()));
        }

        var deadline = Stopwatch.StartNew();
        while (await ValueAsync(cluster.Address(1), "M00005") != before + 1000 && deadline.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(50);
        }

        Assert.Equal(before + 1000, await ValueAsync(cluster.Address(0), "M00005"));
        Assert.Equal(before + 1000, await ValueAsync(cluster.Address(1), "M00005"));
    }

    [ClusterFact]
    public async Task Every_node_reports_itself_to_a_leader()
    {
        using var client = Reader(cluster.Address(1), WarRoomAppFactory.LeaderToken);
        var nodes = JsonNode.Parse(await client.GetStringAsync("/api/v1/cluster"))!["nodes"]!.AsArray();

        Assert.Contains(nodes, n => n!["name"]!.GetValue<string>() == ClusterFixture.NodeName(0));
        Assert.Contains(nodes, n => n!["name"]!.GetValue<string>() == ClusterFixture.NodeName(1));
        Assert.All(nodes, n => Assert.True(n!["lagEvents"]!.GetValue<long>() >= 0));
    }

    internal static async Task<double> ValueAsync(Uri node, string unit)
    {
        using var client = Reader(node, WarRoomAppFactory.LeaderToken);
        var items = JsonNode.Parse(await client.GetStringAsync(Rankings))!["items"]!.AsArray();
        return items.Single(i => i!["unit"]!.GetValue<string>() == unit)!["value"]!.GetValue<double>();
    }

    private static double ValueIn(string items, string unit) =>
        JsonNode.Parse(items)!.AsArray().Single(i => i!["unit"]!.GetValue<string>() == unit)!["value"]!.GetValue<double>();

    private static async Task<string> ItemsAsync(Uri node)
    {
        using var client = Reader(node, WarRoomAppFactory.LeaderToken);
        return JsonNode.Parse(await client.GetStringAsync(Rankings))!["items"]!.ToJsonString();
    }

    private static HttpClient Reader(Uri node, string token)
    {
        var client = new HttpClient { BaseAddress = node };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
