using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WarRoom.Web.Infrastructure.Cluster;

namespace WarRoom.Web.Tests.Infrastructure.Cluster;

/// <summary>Scheduled work runs on one node: one holder per lease, and a holder that stops renewing loses it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterLeaseTests(ClusterFixture cluster)
{
    [ClusterFact]
    public async Task One_node_holds_a_lease_until_it_stops_renewing_then_another_takes_it()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(cluster.Redis);
        var prefix = "lease-test-" + Guid.NewGuid().ToString("N")[..8];
        var a = Lease(redis, prefix, "a");
        var b = Lease(redis, prefix, "b");

        Assert.True(await a.HoldsAsync("weekly-snapshot"));
        Assert.False(await b.HoldsAsync("weekly-snapshot"));
        Assert.True(await b.HoldsAsync("wecom-schedule"));

        // a keeps renewing past its timeout: b still does not get it.
        for (var i = 0; i < 4; i++)
        {
            await Task.Delay(400);
            await a.RenewAsync();
        }

        Assert.False(await b.HoldsAsync("weekly-snapshot"));
        Assert.Equal(["weekly-snapshot"], a.Held);

        // a dies (no more renewals): within one timeout b takes over.
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.True(await b.HoldsAsync("weekly-snapshot"));
        await a.RenewAsync();
        Assert.Empty(a.Held);
    }

    private static ClusterLease Lease(IConnectionMultiplexer redis, string prefix, string node) =>
        new(Options.Create(new ClusterOptions { Redis = "configured", NodeName = node, KeyPrefix = prefix, NodeTimeout = TimeSpan.FromSeconds(1) }), redis);
}
