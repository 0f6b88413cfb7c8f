using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using StackExchange.Redis;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Cluster;

namespace WarRoom.Web.Pipeline.Cluster;

/// <summary>One entry read back from the stream: who accepted the batch and its events.</summary>
internal sealed record StreamBatch(RedisValue Position, string Node, List<EventRecord> Events, int Unplaced);

/// <summary>
/// The cluster's shared event stream (a Redis stream, one entry per durable batch): each node appends what its
/// store acknowledged, and every node reads everything and applies what other nodes accepted. Trimmed to about
/// <see cref="ClusterOptions.StreamLength"/> entries: a node that starts rebuilds from the store and reads only
/// what came after, so the stream need not hold the campaign.
/// </summary>
public sealed class EventStream(IConnectionMultiplexer redis, OrgTree org, KpiCatalog kpis, DimensionCatalog dimensions, IOptions<ClusterOptions> options, ILogger<EventStream> logger)
{
    private readonly ClusterOptions cluster = options.Value;
    private readonly RedisKey key = options.Value.Key("events");

    // Redis restarting or failing over should not fail an ingest whose events are already durable: retried for
    // about half a minute before the batch is given up on here (it is in the store; other nodes get it when they rebuild).
    private readonly ResiliencePipeline retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions { MaxRetryAttempts = 12, Delay = TimeSpan.FromMilliseconds(100), BackoffType = DelayBackoffType.Exponential, MaxDelay = TimeSpan.FromSeconds(5) })
        .Build();

    // Set when a batch was given up on, cleared by the next one that gets through: during one outage the retries are
    // waited out once, not by every ingest request and every drained spool entry after it (each would wait ~40 s).
    private volatile bool outage;

    public string Node => cluster.Node;

    /// <summary>Appends a durable batch; called after the store acknowledged it and before its requests are answered.</summary>
    public async Task PublishAsync(IReadOnlyList<EventRecord> batch, CancellationToken ct)
    {
        if (outage && !redis.IsConnected)
        {
            logger.LogError("{Count} durable events not put on the cluster stream: Redis is still down; other nodes will count them after their next restart", batch.Count);
            return;
        }

        var payload = StreamEntry.Encode(batch, org, kpis, dimensions);
        try
        {
            await (outage ? ResiliencePipeline.Empty : retry).ExecuteAsync(async _ => await redis.GetDatabase().StreamAddAsync(
                key, [new NameValueEntry("n", cluster.Node), new NameValueEntry("e", payload)], maxLength: cluster.StreamLength, useApproximateMaxLength: true), ct);
            outage = false;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            outage = true;
            logger.LogError(e, "{Count} durable events could not be put on the cluster stream; other nodes will count them after their next restart", batch.Count);
        }
    }

    /// <summary>The newest entry's position ("0-0" for an empty stream): where a node's rebuild from the store starts covering.</summary>
    public async Task<RedisValue> TipAsync()
    {
        var last = await redis.GetDatabase().StreamRangeAsync(key, "-", "+", count: 1, messageOrder: Order.Descending);
        return last.Length == 0 ? "0-0" : last[0].Id;
    }

    /// <summary>Up to <paramref name="count"/> entries after <paramref name="after"/>, oldest first.</summary>
    internal async Task<IReadOnlyList<StreamBatch>> ReadAsync(RedisValue after, int count)
    {
        var entries = await redis.GetDatabase().StreamReadAsync(key, after, count);
        var batches = new List<StreamBatch>(entries.Length);
        foreach (var entry in entries)
        {
            // This node's own batches are in its aggregates already.
            var node = entry["n"].ToString();
            var unplaced = 0;
            var events = node == cluster.Node ? [] : StreamEntry.Decode((byte[])entry["e"]!, org, kpis, dimensions, out unplaced);
            batches.Add(new StreamBatch(entry.Id, node, events, unplaced));
        }

        return batches;
    }
}
