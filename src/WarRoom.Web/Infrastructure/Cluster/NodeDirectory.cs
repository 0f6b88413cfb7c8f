using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace WarRoom.Web.Infrastructure.Cluster;

/// <summary>One node as the cluster last heard of it.</summary>
public sealed record NodeStatus(string Name, DateTimeOffset LastSeen, long LagEvents);

/// <summary>
/// The nodes of the cluster in Redis: a hash of each node's last heartbeat (kept after it dies, so an operator sees
/// it go quiet) and a short-lived key per node that exists only while it lives — what claims and leases ask.
/// </summary>
public sealed class NodeDirectory(IConnectionMultiplexer redis, IOptions<ClusterOptions> options)
{
    private readonly ClusterOptions cluster = options.Value;

    public string Node => cluster.Node;

    public RedisKey AliveKey(string node) => cluster.Key("alive:" + node);

    public async Task BeatAsync(DateTimeOffset now, long lag)
    {
        var db = redis.GetDatabase();
        var status = JsonSerializer.Serialize(new NodeStatus(cluster.Node, now, lag));
        await Task.WhenAll(
            db.StringSetAsync(AliveKey(cluster.Node), now.ToUnixTimeMilliseconds(), cluster.NodeTimeout),
            db.HashSetAsync(cluster.Key("nodes"), cluster.Node, status));
    }

    public async Task<IReadOnlyList<NodeStatus>> ListAsync()
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(cluster.Key("nodes"));
        return [.. entries.Select(e => JsonSerializer.Deserialize<NodeStatus>(e.Value.ToString())!).OrderBy(n => n.Name, StringComparer.Ordinal)];
    }
}
