using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WarRoom.Web.Infrastructure.Cluster;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Pipeline.Cluster;

/// <summary>
/// The cluster-wide duplicate rule. Before a request's events are queued, each id is claimed in Redis (one round
/// trip per request): an id nobody holds becomes this node's; an id another node marked stored is a duplicate;
/// an id another node is still writing is waited for — it becomes a duplicate once stored, or this node's if that
/// node's write failed (it lets go) or the node died (its claims are taken over). After the answer, this node marks
/// its claims stored (acknowledged) or lets them go (503). The node's own ledger still decides the rest: an id
/// stored long ago (its claim expired) is found there.
/// </summary>
public sealed class ClusterIds(IConnectionMultiplexer redis, NodeDirectory nodes, IOptions<ClusterOptions> options, ILogger<ClusterIds> logger)
{
    public const string Stored = "+";

    // Per key: '' when this node holds it now, '+' when stored by any node, else the node writing it. Another node's
    // claim is taken over only when that node has no alive key AND the claim is older than NodeTimeout (its TTL at
    // most ARGV[4]). Right after Redis restarts every alive key is gone until each node beats again (at once on
    // reconnecting, NodeHeartbeat); a live holder has settled its fresh claim or beaten by then, a dead one never.
    private const string ClaimScript = """
        local r = {}
        for i, k in ipairs(KEYS) do
          local v = redis.call('GET', k)
          if not v or (v ~= '+' and v ~= ARGV[1] and redis.call('EXISTS', ARGV[3] .. v) == 0
              and redis.call('PTTL', k) <= tonumber(ARGV[4])) then
            redis.call('SET', k, ARGV[1], 'PX', ARGV[2])
            r[i] = ''
          elseif v == ARGV[1] then r[i] = '' else r[i] = v end
        end
        return r
        """;

    // Marks this node's claims stored (ARGV[2] = '+') or lets them go (ARGV[2] = '').
    private const string SettleScript = """
        for _, k in ipairs(KEYS) do
          if redis.call('GET', k) == ARGV[1] then
            if ARGV[2] == '' then redis.call('DEL', k) else redis.call('SET', k, ARGV[2], 'KEEPTTL') end
          end
        end
        return 0
        """;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private readonly ClusterOptions cluster = options.Value;
    private readonly string alivePrefix = nodes.AliveKey("").ToString();

    // A claim set with the duplicate window as its TTL is older than NodeTimeout once its TTL is at most this.
    private readonly long orphanTtl = Math.Max(0, (long)(options.Value.DuplicateWindow - options.Value.NodeTimeout).TotalMilliseconds);

    /// <summary>Claims the request's ids, has <paramref name="enqueue"/> write what is new, then settles the claims before the answer.</summary>
    public async Task<IngestOutcome> SubmitAsync(List<IncomingEvent> events, Func<List<IncomingEvent>, Task<IngestOutcome>> enqueue)
    {
        RedisKey[] claims;
        try
        {
            claims = await ClaimAsync(events);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            throw new StoreUnavailableException($"the cluster's Redis does not answer: {e.Message}", TimeSpan.FromSeconds(2), e);
        }

        IngestOutcome outcome;
        try
        {
            outcome = await enqueue(events);
        }
        catch
        {
            await SettleQuietlyAsync(claims, stored: false);
            throw;
        }

        // Before the answer: a request that sent the same id to another node waits for this, then calls it a duplicate.
        await SettleQuietlyAsync(claims, stored: true);
        return outcome;
    }

    /// <summary>
    /// Claims the valid events' ids; ids another node stored are flagged <see cref="IncomingEvent.StoredElsewhere"/>.
    /// Returns this node's claims, to be settled after the answer. 503 when another node holds an id too long.
    /// </summary>
    private async Task<RedisKey[]> ClaimAsync(List<IncomingEvent> events)
    {
        var open = new List<int>();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].IsValid)
            {
                open.Add(i);
            }
        }

        var mine = new List<RedisKey>(open.Count);
        var deadline = TimeProvider.System.GetTimestamp() + (long)(cluster.ClaimWait.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            var keys = open.Select(i => Key(events[i].IdHash)).ToArray();
            var answers = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
                ClaimScript, keys, [cluster.Node, (long)cluster.DuplicateWindow.TotalMilliseconds, alivePrefix, orphanTtl]))!;
            var waiting = new List<int>();
            var span = CollectionsMarshal.AsSpan(events);
            for (var j = 0; j < open.Count; j++)
            {
                switch (answers[j].ToString())
                {
                    case "":
                        mine.Add(keys[j]);
                        break;
                    case Stored:
                        span[open[j]].StoredElsewhere = true;
                        break;
                    default:
                        waiting.Add(open[j]);
                        break;
                }
            }

            if (waiting.Count == 0)
            {
                return [.. mine];
            }

            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                await SettleAsync([.. mine], stored: false);
                throw new StoreUnavailableException(
                    $"{waiting.Count} event ids of this batch are being written by another node of the cluster; send the batch again", TimeSpan.FromSeconds(1));
            }

            open = waiting;
            await Task.Delay(Poll);
        }
    }

    /// <summary>After the answer: this node's claims become stored (acknowledged, or a duplicate of a stored id) or free (503).</summary>
    private async Task SettleAsync(RedisKey[] claims, bool stored)
    {
        if (claims.Length > 0)
        {
            await redis.GetDatabase().ScriptEvaluateAsync(SettleScript, claims, [cluster.Node, stored ? Stored : ""]);
        }
    }

    private async Task SettleQuietlyAsync(RedisKey[] claims, bool stored)
    {
        try
        {
            await SettleAsync(claims, stored);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Unsettled claims expire after the duplicate window; a node whose holder still lives waits for them.
            logger.LogWarning(e, "Could not settle {Count} id claims in Redis", claims.Length);
        }
    }

    private RedisKey Key(UInt128 hash) => cluster.Key("id:" + hash.ToString("x32"));
}
