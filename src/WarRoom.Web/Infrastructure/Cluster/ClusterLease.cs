using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace WarRoom.Web.Infrastructure.Cluster;

/// <summary>
/// Scheduled work (the weekly snapshot, the WeCom 晨报 and pace alerts) runs on the node holding its lease. One
/// node holds each lease; it renews it with every heartbeat, and a lease whose holder stops beating (killed,
/// partitioned) expires after <see cref="ClusterOptions.NodeTimeout"/> and goes to the next node that asks. A
/// single node is the whole cluster and always holds every lease.
/// </summary>
public sealed class ClusterLease(IOptions<ClusterOptions> options, IConnectionMultiplexer? redis = null)
{
    // Takes the lease when free, keeps it when already ours; 1 when held by this node afterwards.
    private const string TakeScript = """
        local holder = redis.call('GET', KEYS[1])
        if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
        if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
        return 0
        """;

    private readonly ClusterOptions cluster = options.Value;
    private readonly ConcurrentDictionary<string, bool> held = new(StringComparer.Ordinal);

    /// <summary>Whether this node holds (now: takes or keeps) the lease <paramref name="name"/>.</summary>
    public async Task<bool> HoldsAsync(string name)
    {
        if (redis is null)
        {
            return true;
        }

        var holds = await TakeAsync(name);
        held[name] = holds;
        return holds;
    }

    /// <summary>Keeps every lease this node holds alive (called by the heartbeat); a lease lost meanwhile is dropped.</summary>
    public async Task RenewAsync()
    {
        foreach (var name in held.Where(h => h.Value).Select(h => h.Key).ToList())
        {
            held[name] = await TakeAsync(name);
        }
    }

    /// <summary>The leases this node holds, for the cluster status.</summary>
    public IReadOnlyList<string> Held => [.. held.Where(h => h.Value).Select(h => h.Key).Order(StringComparer.Ordinal)];

    private async Task<bool> TakeAsync(string name)
    {
        var result = await redis!.GetDatabase().ScriptEvaluateAsync(
            TakeScript, [cluster.Key("lease:" + name)], [cluster.Node, (long)cluster.NodeTimeout.TotalMilliseconds]);
        return (long)result == 1;
    }
}
