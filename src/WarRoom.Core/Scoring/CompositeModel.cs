using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;

namespace WarRoom.Core.Scoring;

/// <summary>
/// The campaign's KPIs, weights, directions and per-unit targets laid out densely (slot j = position in the
/// campaign's KPI list) so that scoring a unit is one tight loop.
/// </summary>
internal sealed class CompositeModel
{
    private readonly double[] targets;

    public CompositeModel(Campaign campaign, int unitCount, int catalogCount)
    {
        Slots = campaign.Kpis.Count;
        KpiIndex = new int[Slots];
        Weight = new double[Slots];
        Direction = new KpiDirection[Slots];
        SlotOfKpi = new int[catalogCount];
        Array.Fill(SlotOfKpi, -1);
        Cap = campaign.ScoreCap;
        for (var j = 0; j < Slots; j++)
        {
            var k = campaign.Kpis[j];
            KpiIndex[j] = k.Kpi.Index;
            Weight[j] = k.Weight;
            Direction[j] = k.Kpi.Direction;
            SlotOfKpi[k.Kpi.Index] = j;
            HasDailyAverage |= k.Kpi.Aggregation == KpiAggregation.DailyAverage;
        }

        targets = new double[unitCount * Slots];
        for (var u = 0; u < unitCount; u++)
        {
            for (var j = 0; j < Slots; j++)
            {
                targets[(u * Slots) + j] = TargetOf(campaign.Targets, u, KpiIndex[j]);
            }
        }
    }

    public int Slots { get; }
    public int[] KpiIndex { get; }
    public double[] Weight { get; }
    public KpiDirection[] Direction { get; }

    /// <summary>Catalogue KPI index → slot, or −1 for a KPI not in the campaign.</summary>
    public int[] SlotOfKpi { get; }

    public double Cap { get; }

    /// <summary>Whether a scored KPI is a daily average, whose value moves with each new day even without events.</summary>
    public bool HasDailyAverage { get; }

    /// <summary>
    /// A usable target or NaN. A target of 0 (or a missing one) gives no completion: value/0 is not a number
    /// leadership can act on, so such a KPI drops out like one without a target.
    /// </summary>
    public static double TargetOf(TargetTable table, int unit, int kpi)
    {
        var t = table[unit, kpi];
        return t > 0 ? t : double.NaN;
    }

    public double Target(int unit, int slot) => targets[(unit * Slots) + slot];

    /// <summary>The unit's score from its values per slot, or NaN when no campaign KPI has a target for it.</summary>
    public double Score(int unit, ReadOnlySpan<long> values)
    {
        double terms = 0, weights = 0;
        var row = unit * Slots;
        for (var j = 0; j < Slots; j++)
        {
            var t = targets[row + j];
            if (double.IsNaN(t))
            {
                continue;
            }

            terms += CompositeScore.Term(Weight[j], FixedPoint.ToDouble(values[j]) / t, Direction[j], Cap);
            weights += Weight[j];
        }

        return CompositeScore.FromTerms(terms, weights) ?? double.NaN;
    }

    /// <summary>Σ w over the slots where the unit has a target.</summary>
    public double WeightSum(int unit)
    {
        double weights = 0;
        for (var j = 0; j < Slots; j++)
        {
            if (!double.IsNaN(targets[(unit * Slots) + j]))
            {
                weights += Weight[j];
            }
        }

        return weights;
    }
}
