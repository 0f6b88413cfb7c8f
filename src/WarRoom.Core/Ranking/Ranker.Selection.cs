using System.Collections.Concurrent;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Org;

namespace WarRoom.Core.Ranking;

public sealed partial class Ranker
{
    /// <summary>Longest top kept per query; a longer one (a full list) is collected on each read.</summary>
    internal const int KeptTop = 1024;

    private const int SelectionCapacity = 64;

    private readonly ConcurrentDictionary<SelectionKey, Selection> selections = new();

    /// <summary>
    /// The best <paramref name="take"/> entries of a live ranking, in order, and the total: kept per query and reused
    /// while the aggregates' version is the same. Collecting the keys of 100,000 managers and selecting the top was
    /// ~80 % of a ranking request's CPU (issue 25 profile: Collect 69 %, SelectTop 9 %), and ingest moves the version
    /// ten times a second at most, so requests between two chunks (and the <c>RankingWarmer</c> before them) share
    /// one selection. Keys depend only on the aggregates, the window's days, the basis and the tag — not on the instant
    /// — so a reuse gives the same rows as a fresh collect. Read lock held; null when not kept (as-of, long tops).
    /// </summary>
    private Selection? Select(in MetricReader reader, RankingQuery query, DayRange days, int start, int end, int peer, bool live)
    {
        if (!live || query.Top is not { } top || top > KeptTop)
        {
            return null;
        }

        var key = new SelectionKey(query.Level, query.Metric, query.Basis, query.Scope.Index, query.Window, days, query.PeerGroup, query.Tag);
        var version = aggregates.VersionUnderLock;
        if (selections.TryGetValue(key, out var kept) && kept.Version == version && kept.Top.Length >= Math.Min(top, kept.Total))
        {
            return kept;
        }

        var buffer = System.Buffers.ArrayPool<RankEntry>.Shared.Rent(Math.Max(end - start, 1));
        try
        {
            var total = Collect(reader, query.Level, start, end, peer, buffer);
            var take = Math.Min(top, total);
            RankSelection.SelectTop(buffer.AsSpan(0, total), take);
            var selection = new Selection(version, buffer.AsSpan(0, take).ToArray(), total);
            if (selections.Count >= SelectionCapacity)
            {
                selections.Clear();
            }

            selections[key] = selection;
            return selection;
        }
        finally
        {
            System.Buffers.ArrayPool<RankEntry>.Shared.Return(buffer);
        }
    }

    private int Collect(in MetricReader reader, OrgLevel level, int start, int end, int peer, RankEntry[] buffer)
    {
        var units = levels.Units(level);
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var u = units[i];
            if (peer != -1 && levels.PeerId[u] != peer)
            {
                continue;
            }

            buffer[count++] = new RankEntry(reader.Key(u), levels.CodeRank[u], u);
        }

        return count;
    }

    /// <summary>Everything a live ranking's order depends on besides the data (top is served from a longer one).</summary>
    private readonly record struct SelectionKey(
        OrgLevel Level, string Metric, RankBasis Basis, int Scope, RankWindow Window, DayRange Days, string? PeerGroup, TagFilter? Tag);

    /// <summary>The best entries in order (immutable once kept) and how many were ranked, as of <see cref="Version"/>.</summary>
    private sealed record Selection(long Version, RankEntry[] Top, int Total);
}
