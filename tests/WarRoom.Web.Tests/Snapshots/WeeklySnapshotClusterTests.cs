using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using StackExchange.Redis;
using WarRoom.Web.Features.Snapshots.Weekly;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Infrastructure.Cluster;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>
/// The weekly snapshot in a cluster, over HTTP: both nodes start with the schedule on and the frozen clock past
/// Monday 08:30, so both find the slot due; the lease lets one take it, and the shared snapshot file shows it, and
/// serves its export, on every node.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class WeeklySnapshotClusterTests(ClusterFixture cluster)
{
    [ClusterFact]
    public async Task The_weekly_snapshot_is_taken_once_per_cluster_and_listed_and_downloadable_on_every_node()
    {
        var weekly = new List<JsonNode>[ClusterFixture.Nodes];
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        for (var node = 0; node < ClusterFixture.Nodes; node++)
        {
            using var client = Leader(cluster.Address(node));
            while (true)
            {
                var list = JsonNode.Parse(await client.GetStringAsync("/api/v1/snapshots"))!["snapshots"]!.AsArray();
                weekly[node] = [.. list.Where(s => s!["trigger"]!.GetValue<string>() == "weekly" && s["label"]!.GetValue<string>().StartsWith("2027-W08", StringComparison.Ordinal)).Select(s => s!)];
                if (weekly[node].Count > 0 || DateTime.UtcNow > deadline)
                {
                    break;
                }

                await Task.Delay(250);
            }
        }

        // One snapshot for the week, the same one on both nodes.
        Assert.Single(weekly[0]);
        Assert.Single(weekly[1]);
        var id = weekly[0][0]["id"]!.GetValue<long>();
        Assert.Equal(id, weekly[1][0]["id"]!.GetValue<long>());

        // Its figures and its export are the same whichever node answers.
        var documents = new string[ClusterFixture.Nodes];
        var exports = new byte[ClusterFixture.Nodes][];
        for (var node = 0; node < ClusterFixture.Nodes; node++)
        {
            using var client = Leader(cluster.Address(node));
            documents[node] = await client.GetStringAsync($"/api/v1/snapshots/{id}");
            exports[node] = await SnapshotApi.ExportAsync(client, id, "csv");
        }

        Assert.Equal("weekly", JsonNode.Parse(documents[0])!["trigger"]!.GetValue<string>());
        Assert.Equal(documents[0], documents[1]);
        Assert.True(exports[0].Length > 1000, $"the CSV export has {exports[0].Length} bytes");
        Assert.Equal(exports[0], exports[1]);

        // The job ran on the lease holder only: the lease names one node, and no two nodes say they took the week.
        await using var redis = await ConnectionMultiplexer.ConnectAsync(cluster.Redis);
        var holder = (string?)await redis.GetDatabase().StringGetAsync("warroom:lease:" + WeeklySnapshotService.LeaseName);
        Assert.Contains(holder, new[] { ClusterFixture.NodeName(0), ClusterFixture.NodeName(1) });
        var takers = Enumerable.Range(0, ClusterFixture.Nodes).Count(n => cluster.Node(n).Log.Contains($"Weekly snapshot {id} ", StringComparison.Ordinal));
        Assert.True(takers <= 1, $"{takers} nodes logged taking snapshot {id}");
    }

    private static HttpClient Leader(Uri node)
    {
        var client = new HttpClient { BaseAddress = node };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WarRoomAppFactory.LeaderToken);
        return client;
    }
}
