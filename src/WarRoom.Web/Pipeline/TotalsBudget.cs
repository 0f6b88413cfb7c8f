using WarRoom.Core.Aggregates;
using WarRoom.Core.Kpis;

namespace WarRoom.Web.Pipeline;

/// <summary>
/// Per KPI, the sum of the magnitudes (in the aggregates' fixed point) of every stored event. Every figure the
/// aggregates keep — a unit's total, a day's figure, an ancestor's roll-up, a <c>latest</c> reading's change — is a
/// signed sum of some of those events, so while this stays within <see cref="long.MaxValue"/> none of them can
/// overflow, whatever the order or the units. An event that would pass it is rejected before it is acknowledged;
/// at ±1e9 per event that takes about 900,000 maximal events on one KPI, far beyond any campaign, yet no accepted
/// sequence wraps a total. Touched by the rebuild, then by the single ingest writer only, like the id ledger.
/// </summary>
public sealed class TotalsBudget(KpiCatalog kpis)
{
    private readonly long[] used = new long[kpis.Count];

    /// <summary>Takes the event's magnitude; false (nothing taken) when the KPI's totals could then overflow.</summary>
    public bool TryTake(int kpi, double value)
    {
        var magnitude = Magnitude(value);
        if (magnitude > long.MaxValue - used[kpi])
        {
            return false;
        }

        used[kpi] += magnitude;
        return true;
    }

    /// <summary>A stored event replayed at start: counted even past the bound (an older build may have stored it).</summary>
    public void Restore(int kpi, double value)
    {
        if ((uint)kpi < (uint)used.Length && FixedPoint.IsRepresentable(value))
        {
            used[kpi] = (long)Math.Min((ulong)long.MaxValue, (ulong)used[kpi] + (ulong)Magnitude(value));
        }
    }

    /// <summary>An event whose write failed gives its magnitude back.</summary>
    public void Release(int kpi, double value) => used[kpi] -= Magnitude(value);

    public string Refusal(int kpi) =>
        $"value would overflow the running totals of kpi '{kpis[kpi].Code}' (the magnitudes of all its events must add up to less than {long.MaxValue / FixedPoint.Scale:0})";

    /// <summary>Saves or loads the sums (a checkpoint, decision 0023).</summary>
    public void Exchange(IStateChannel channel)
    {
        channel.Expect(used.Length, "KPIs in the totals budget");
        channel.Block<long>(used);
    }

    private static long Magnitude(double value) => Math.Abs(FixedPoint.FromDouble(value));
}
