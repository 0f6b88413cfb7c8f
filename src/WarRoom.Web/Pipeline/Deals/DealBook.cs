using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Web.Pipeline.Deals;

/// <summary>
/// The newest big deals per (unit, KPI) for every unit a ticker can show: HQ, branches and sub-branches. A deal is
/// filed under the unit it was booked on and each ancestor, so a ticker reads its own scope's lists and never scans
/// the bank. Bounded: at most <c>keep</c> deals per list, whatever the history (a rebuild replays every stored deal,
/// in no particular order, and only the newest survive).
/// </summary>
public sealed class DealBook(KpiCatalog kpis, int keep)
{
    private readonly Lock gate = new();
    private readonly Dictionary<(int Unit, int Kpi), List<Filed>> lists = [];

    /// <summary>Forgets every deal (a checkpoint load that broke off, before the full rebuild files them again).</summary>
    public void Clear()
    {
        lock (gate)
        {
            lists.Clear();
        }
    }

    public void Add(Deal deal, long timeMs, long seq, OrgUnit bookedOn, Kpi kpi)
    {
        var filed = new Filed(timeMs, seq, deal);
        lock (gate)
        {
            for (var unit = bookedOn; unit is not null; unit = unit.Parent)
            {
                if (!unit.Level.IsLeaf)
                {
                    Insert(ListOf(unit.Index, kpi.Index), filed);
                }
            }
        }
    }

    /// <summary>
    /// The newest <paramref name="max"/> deals inside <paramref name="scope"/> for the given KPIs (every KPI when
    /// empty), newest first. A manager's scope reads its sub-branch's lists, so it sees at most what they keep.
    /// </summary>
    public IReadOnlyList<Deal> Latest(OrgUnit scope, IReadOnlyList<string> kpiCodes, int max)
    {
        var owner = OrgTree.SelfAndAncestors(scope).First(u => !u.Level.IsLeaf);
        var wanted = kpiCodes.Count == 0 ? kpis.All : [.. kpiCodes.Select(c => kpis.Find(c)).OfType<Kpi>()];
        var found = new List<Filed>();
        lock (gate)
        {
            foreach (var kpi in wanted)
            {
                if (lists.TryGetValue((owner.Index, kpi.Index), out var list))
                {
                    found.AddRange(owner == scope ? list : list.Where(f => f.Deal.Manager.Code == scope.Code));
                }
            }
        }

        found.Sort(NewestFirst);
        return [.. found.Take(max).Select(f => f.Deal)];
    }

    /// <summary>Every deal kept in any list, once each, with its event time and seq (what a checkpoint saves).</summary>
    public IReadOnlyList<(long TimeMs, long Seq, Deal Deal)> Kept()
    {
        lock (gate)
        {
            return [.. lists.Values.SelectMany(l => l).DistinctBy(f => f.Deal.Id).Select(f => (f.TimeMs, f.Seq, f.Deal))];
        }
    }

    private List<Filed> ListOf(int unit, int kpi)
    {
        if (!lists.TryGetValue((unit, kpi), out var list))
        {
            list = new List<Filed>(keep);
            lists[(unit, kpi)] = list;
        }

        return list;
    }

    private void Insert(List<Filed> list, Filed filed)
    {
        if (list.Count == keep && NewestFirst(filed, list[^1]) > 0)
        {
            return;
        }

        var at = list.BinarySearch(filed, Comparer<Filed>.Create(NewestFirst));
        list.Insert(at < 0 ? ~at : at, filed);
        if (list.Count > keep)
        {
            list.RemoveAt(list.Count - 1);
        }
    }

    /// <summary>Later event time first; within one millisecond, the later accepted.</summary>
    private static int NewestFirst(Filed a, Filed b) =>
        a.TimeMs != b.TimeMs ? b.TimeMs.CompareTo(a.TimeMs) : b.Seq.CompareTo(a.Seq);

    private sealed record Filed(long TimeMs, long Seq, Deal Deal);
}
