using System.Collections.Concurrent;
using WarRoom.Core.Org;

namespace WarRoom.Core.Ranking;

/// <summary>
/// Previous-close rankings per query. Such a ranking only depends on events of days up to
/// <see cref="PreviousCloseKey.LastDay"/>, so today's events, nearly all of them, leave an entry alone; a late event
/// re-keys the units it touched (<see cref="Ranker"/>).
/// </summary>
internal sealed class PreviousCloseCache
{
    // Entries of past days are never asked for again; a bound is all the eviction needed.
    private const int Capacity = 1024;

    private readonly ConcurrentDictionary<PreviousCloseKey, PreviousClose> entries = new();

    public bool TryGet(PreviousCloseKey key, out PreviousClose entry) => entries.TryGetValue(key, out entry!);

    public void Put(PreviousCloseKey key, PreviousClose entry)
    {
        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }

        entries[key] = entry;
    }
}

/// <summary>Everything a previous-close ranking depends on except the data (Top does not matter: ranks are full).</summary>
internal readonly record struct PreviousCloseKey(
    OrgLevel Level, string Metric, RankBasis Basis, int Scope, RankWindow Window, string? PeerGroup, int LastDay);
