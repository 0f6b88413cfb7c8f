using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WarRoom.Web.Infrastructure.Cluster;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Pipeline.Cluster;

/// <summary>
/// Sequence numbers unique across the cluster. Two nodes numbering from their own counters would give two events
/// the same Seq, and InfluxDB keeps one point per (series, timestamp) — the Seq is part of the timestamp
/// (<see cref="Storage.PointIdentity"/>) — so one event would overwrite the other. Each node takes blocks of
/// numbers from one Redis counter (one round trip per block) and numbers within its block; Seq still grows in
/// acceptance order on each node.
/// </summary>
public sealed class SeqBlocks(IConnectionMultiplexer redis, IOptions<ClusterOptions> options, ILogger<SeqBlocks> logger)
{
    private const long BlockSize = 100_000;

    private const string AtLeastScript = """
        local v = tonumber(redis.call('GET', KEYS[1]) or '0')
        if v < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) end
        return 0
        """;

    private readonly RedisKey key = options.Value.Key("seq");
    private long end;

    /// <summary>After the rebuild: the counter never hands out a number the store already holds.</summary>
    public Task AtLeastAsync(long lastStoredSeq) =>
        redis.GetDatabase().ScriptEvaluateAsync(AtLeastScript, [key], [lastStoredSeq]);

    /// <summary>
    /// Makes <paramref name="next"/> the first of <paramref name="needed"/> free numbers: unchanged while the block
    /// holds them, else the start of a fresh block. Called on the ingest writer only; null, or the 503 its requests get
    /// when Redis does not answer.
    /// </summary>
    public StoreUnavailableException? TryReserve(ref long next, int needed)
    {
        if (next + needed <= end)
        {
            return null;
        }

        try
        {
            var size = Math.Max(BlockSize, needed);
            var top = redis.GetDatabase().StringIncrement(key, size);
            end = top + 1;
            next = top - size + 1;
            return null;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "No sequence numbers from the cluster's Redis; a group of {Count} events gets 503", needed);
            return new StoreUnavailableException($"the cluster's Redis does not answer: {e.Message}", TimeSpan.FromSeconds(2), e);
        }
    }
}
