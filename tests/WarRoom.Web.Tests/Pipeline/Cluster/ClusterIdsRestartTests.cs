using System.Diagnostics;
using System.Text.Json.Nodes;
using StackExchange.Redis;
using WarRoom.Web.Tests.Infrastructure.Cluster;
using WarRoom.Web.Tests.Live;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Pipeline.Cluster;

/// <summary>
/// Right after Redis restarts the nodes' alive keys are gone until each beats again. A claim whose holder has no alive
/// key was taken over as a dead node's, so an id sent to both nodes then was counted by both (decision 0018).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterIdsRestartTests(ClusterFixture cluster) : IAsyncLifetime
{
    private const string Unit = "M00012";
    private const int Rounds = 6;
    private const int PerBatch = 200;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => cluster.RestoreAsync();

    [ClusterFact]
    public async Task After_a_Redis_restart_the_same_ids_sent_to_both_nodes_at_once_are_counted_once()
    {
        var before = await ClusterConvergenceTests.ValueAsync(cluster.Address(0), Unit);

        // Down for longer than NodeTimeout (3 s): the alive keys it saved have expired when it loads its data again.
        await cluster.StopRedisAsync();
        await Task.Delay(TimeSpan.FromSeconds(4));
        await cluster.StartRedisAsync();

        using var a = ClusterBackplaneTests.IngestTo(cluster.Address(0));
        using var b = ClusterBackplaneTests.IngestTo(cluster.Address(1));
        var run = Guid.NewGuid().ToString("N")[..8];
        await using var redis = await ConnectionMultiplexer.ConnectAsync(cluster.Redis);
        for (var round = 0; round < Rounds; round++)
        {
            // The first round goes out as soon as Redis is up, whenever each node reconnects. Later rounds make the
            // state after a restart certain, whatever the nodes' timing: no alive keys until the next beat.
            if (round > 0)
            {
                await redis.GetDatabase().KeyDeleteAsync([.. Enumerable.Range(0, ClusterFixture.Nodes).Select(i => (RedisKey)$"warroom:alive:{ClusterFixture.NodeName(i)}")]);
            }

            JsonNode[] batch = [.. Enumerable.Range(0, PerBatch).Select(j => (JsonNode)Event($"restart-{run}-{round}-{j}", unit: Unit, value: 1))];
            var accepted = 0;
            var clock = Stopwatch.StartNew();
            while (true)
            {
                // Both at once; a node not reconnected yet answers 503 and both get the batch again.
                var answers = await Task.WhenAll(TryPostAsync(a, batch), TryPostAsync(b, batch));
                accepted += answers.Sum(x => x?["accepted"]!.GetValue<int>() ?? 0);
                if (answers.All(x => x is not null))
                {
                    break;
                }

                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "a node did not answer within a minute of Redis' restart");
                await Task.Delay(100);
            }

            Assert.True(accepted == PerBatch, $"round {round}: {accepted} of the {PerBatch} ids sent to both nodes were accepted");
        }

        foreach (var node in new[] { 0, 1 })
        {
            var deadline = Stopwatch.StartNew();
            while (await ClusterConvergenceTests.ValueAsync(cluster.Address(node), Unit) != before + (Rounds * PerBatch) && deadline.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(100);
            }

            Assert.Equal(before + (Rounds * PerBatch), await ClusterConvergenceTests.ValueAsync(cluster.Address(node), Unit));
        }
    }

    private static async Task<JsonObject?> TryPostAsync(HttpClient client, JsonNode[] batch)
    {
        using var response = await client.PostAsync("/api/v1/events", Batch([.. batch.Select(e => e.DeepClone())]));
        return response.IsSuccessStatusCode ? await AnswerAsync(response) : null;
    }
}
