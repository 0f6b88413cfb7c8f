using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Campaigns;

/// <summary>Targets per unit and KPI, stored densely by (unit index, KPI index); NaN means "no target".</summary>
public sealed class TargetTable
{
    private readonly double[] values;

    public TargetTable(int unitCount, int kpiCount)
    {
        UnitCount = unitCount;
        KpiCount = kpiCount;
        values = new double[unitCount * kpiCount];
        Array.Fill(values, double.NaN);
    }

    public int UnitCount { get; }
    public int KpiCount { get; }

    public double this[int unit, int kpi]
    {
        get => values[(unit * KpiCount) + kpi];
        set => values[(unit * KpiCount) + kpi] = value;
    }

    public double? Get(OrgUnit unit, Kpi kpi)
    {
        var v = this[unit.Index, kpi.Index];
        return double.IsNaN(v) ? null : v;
    }

    public bool Has(int unit, int kpi) => !double.IsNaN(this[unit, kpi]);
}
