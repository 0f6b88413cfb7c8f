using System.Collections.Concurrent;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Org;

namespace WarRoom.Core.Ranking;

/// <summary>
/// Full rankings as of the previous day's close, per query. Such a ranking only depends on events of days up to
/// <see cref="PreviousCloseKey.LastDay"/>, so an entry stays good until an event lands on one of those days (a late
/// event); today's events, which are nearly all of them, leave it alone.
/// </summary>
internal sealed class PreviousCloseCache
{
    // Entries of past days are never asked for again; a bound is all the eviction needed.
    private const int Capacity = 1024;

    private readonly ConcurrentDictionary<PreviousCloseKey, Entry> entries = new();

    /// <summary>Ranks by position in the level's run, valid when read under the same read lock as the check.</summary>
    public bool TryGet(PreviousCloseKey key, KpiAggregates aggregates, out int[] ranks)
    {
        if (entries.TryGetValue(key, out var entry) && !aggregates.ChangedThrough(key.LastDay, entry.Version))
        {
            ranks = entry.Ranks;
            return true;
        }

        ranks = [];
        return false;
    }

    public void Put(PreviousCloseKey key, long version, int[] ranks)
    {
        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }

        entries[key] = new Entry(version, ranks);
    }

    private sealed record Entry(long Version, int[] Ranks);
}

/// <summary>Everything a previous-close ranking depends on except the data (Top does not matter: ranks are full).</summary>
internal readonly record struct PreviousCloseKey(
    OrgLevel Level, string Metric, RankBasis Basis, int Scope, RankWindow Window, string? PeerGroup, int LastDay);
