using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Infrastructure.Cluster;
using WarRoom.Web.Tests.Live;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Pipeline.Cluster;

/// <summary>
/// A replicated event keeps its dimension tags (stream entries since version 2; by code since 3): entries once dropped them, so the
/// node that took an event put it under the channel it came by and every other node under "untagged".
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterTagTests(ClusterFixture cluster)
{
    private const string Breakdown = "/api/v1/breakdown?scope=M00009&kpi=fund_sales&by=channel";

    [ClusterFact]
    public async Task A_tagged_event_posted_to_one_node_shows_under_its_tag_in_the_other_nodes_breakdown()
    {
        var before = await ItemsAsync(cluster.Address(1));
        var run = Guid.NewGuid().ToString("N");
        using var a = ClusterBackplaneTests.IngestTo(cluster.Address(0));
        var answer = await PostAsync(a,
            Event($"tagged-{run}-1", unit: "M00009", kpi: "fund_sales", value: 30).Also("tags", new JsonObject { ["channel"] = "mobile" }),
            Event($"tagged-{run}-2", unit: "M00009", kpi: "fund_sales", value: 7).Also("tags", new JsonObject { ["channel"] = "wecom", ["segment"] = "private" }),
            Event($"tagged-{run}-3", unit: "M00009", kpi: "fund_sales", value: 5));
        Assert.Equal(3, answer["accepted"]!.GetValue<int>());

        var deadline = Stopwatch.StartNew();
        Dictionary<string, double> after;
        do
        {
            after = await ItemsAsync(cluster.Address(1));
        }
        while (after.GetValueOrDefault("untagged") + after.GetValueOrDefault("mobile") + after.GetValueOrDefault("wecom") < before.GetValueOrDefault("untagged") + before.GetValueOrDefault("mobile") + before.GetValueOrDefault("wecom") + 42 && deadline.Elapsed < TimeSpan.FromSeconds(5));

        Assert.Equal(before.GetValueOrDefault("mobile") + 30, after.GetValueOrDefault("mobile"));
        Assert.Equal(before.GetValueOrDefault("wecom") + 7, after.GetValueOrDefault("wecom"));
        Assert.Equal(before.GetValueOrDefault("untagged") + 5, after.GetValueOrDefault("untagged"));
        Assert.Equal(after, await ItemsAsync(cluster.Address(0)));
    }

    private static async Task<Dictionary<string, double>> ItemsAsync(Uri node)
    {
        using var client = new HttpClient { BaseAddress = node };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WarRoomAppFactory.LeaderToken);
        var items = JsonNode.Parse(await client.GetStringAsync(Breakdown))!["items"]!.AsArray();
        return items.ToDictionary(i => i!["key"]!.GetValue<string>(), i => i!["value"]!.GetValue<double>());
    }
}
