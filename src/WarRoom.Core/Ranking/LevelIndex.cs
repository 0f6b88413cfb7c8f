using WarRoom.Core.Org;

namespace WarRoom.Core.Ranking;

/// <summary>
/// The tree's units grouped by level in pre-order (so the units of a level inside a scope are one contiguous run),
/// each unit's position in the ordinal order of codes (the tie-break) and its peer group as a small integer.
/// </summary>
internal sealed class LevelIndex
{
    private readonly int[][] byLevel;
    private readonly Dictionary<string, int> peerIds = new(StringComparer.Ordinal);

    public LevelIndex(OrgTree tree)
    {
        var lists = new List<int>[tree.Levels.Count];
        for (var l = 0; l < lists.Length; l++)
        {
            lists[l] = [];
        }

        PeerId = new int[tree.Count];
        for (var u = 0; u < tree.Count; u++)
        {
            var unit = tree[u];
            lists[unit.Level.Depth].Add(u);
            if (!peerIds.TryGetValue(unit.PeerGroup, out var id))
            {
                id = peerIds.Count;
                peerIds.Add(unit.PeerGroup, id);
            }

            PeerId[u] = id;
        }

        byLevel = [.. lists.Select(l => l.ToArray())];
        Position = new int[tree.Count];
        foreach (var units in byLevel)
        {
            for (var i = 0; i < units.Length; i++)
            {
                Position[units[i]] = i;
            }
        }

        CodeRank = new int[tree.Count];
        var byCode = Enumerable.Range(0, tree.Count).ToArray();
        Array.Sort(byCode, (a, b) => string.CompareOrdinal(tree[a].Code, tree[b].Code));
        for (var r = 0; r < byCode.Length; r++)
        {
            CodeRank[byCode[r]] = r;
        }
    }

    public int[] CodeRank { get; }

    public int[] PeerId { get; }

    /// <summary>Each unit's position in <see cref="Units"/> of its level.</summary>
    public int[] Position { get; }

    public int[] Units(OrgLevel level) => byLevel[level.Depth];

    /// <summary>The run [Start, End) of <see cref="Units"/>(level) that lies inside <paramref name="scope"/>.</summary>
    public (int Start, int End) Range(OrgLevel level, OrgUnit scope)
    {
        var units = byLevel[level.Depth];
        return (LowerBound(units, scope.Index), LowerBound(units, scope.SubtreeEnd));
    }

    /// <summary>−1 for "all peer groups", −2 for a group no unit belongs to.</summary>
    public int PeerFilter(string? peerGroup) =>
        peerGroup is null ? -1 : peerIds.TryGetValue(peerGroup, out var id) ? id : -2;

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
