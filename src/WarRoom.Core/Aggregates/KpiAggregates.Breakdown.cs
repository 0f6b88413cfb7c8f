using WarRoom.Core.Dimensions;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Aggregates;

/// <summary>A KPI's figure of one subtree over a window (campaign, today, this week) cut by one dimension: per value, and what carried no tag.</summary>
public sealed record Breakdown(Dimension Dimension, IReadOnlyList<double> Values, double Untagged, double Total)
{
    public const string UntaggedKey = "untagged";

    private static readonly LocalizedText UntaggedName = new("未标注", "Untagged");

    /// <summary>
    /// One share per value in the seed's order, then <see cref="UntaggedKey"/> (未标注) when some events carried no
    /// tag, so the shares add up to 1; a share is null while the total is 0 (no share of nothing).
    /// </summary>
    public IReadOnlyList<BreakdownShare> Shares()
    {
        var shares = Dimension.Values.Select(v => Share(v.Code, v.Name, Values[v.Index])).ToList();
        if (Untagged != 0)
        {
            shares.Add(Share(UntaggedKey, UntaggedName, Untagged));
        }

        return shares;
    }

    private BreakdownShare Share(string key, LocalizedText name, double value) => new(key, name, value, Total == 0 ? null : value / Total);
}

public sealed record BreakdownShare(string Key, LocalizedText Name, double Value, double? Share);

public sealed partial class KpiAggregates
{
    /// <summary>
    /// [kpi][dimension][value] → rolled-up campaign-to-date total per unit, allocated when the first event with that
    /// tag arrives (most KPI × value pairs never see one). Only <c>sum</c> KPIs: a reading or a balance has no share
    /// by channel that adds up. A read is O(values), whatever the subtree's size.
    /// </summary>
    private long[]?[][][] tagTotals = [];

    public DimensionCatalog Dimensions { get; private set; } = DimensionCatalog.Empty;

    private void InitTags(DimensionCatalog dimensions)
    {
        Dimensions = dimensions;
        InitRecentTags(dimensions);
        tagTotals = new long[]?[Catalog.Count][][];
        for (var k = 0; k < Catalog.Count; k++)
        {
            tagTotals[k] = [.. dimensions.All.Select(d => new long[]?[d.Values.Count])];
        }
    }

    /// <summary>Saves or loads the per-value totals with the rest of the state (a checkpoint): a flag, then the array where one was allocated.</summary>
    private void ExchangeTags(IStateChannel channel)
    {
        channel.Expect(Dimensions.Count, "dimensions");
        foreach (var byDimension in tagTotals)
        {
            for (var d = 0; d < byDimension.Length; d++)
            {
                channel.Expect(byDimension[d].Length, $"values of dimension {Dimensions[d].Code}");
                for (var v = 0; v < byDimension[d].Length; v++)
                {
                    if (channel.Number(byDimension[d][v] is null ? 0 : 1) == 1)
                    {
                        channel.Block<long>(byDimension[d][v] ??= new long[parent.Length]);
                    }
                    else if (channel.IsLoading)
                    {
                        byDimension[d][v] = null; // a load replaces: a reset over a broken load must not keep its cells
                    }
                }
            }
        }

        recentTags.Exchange(channel);
    }

    /// <summary>Adds a sum event's delta to its tags' totals (campaign, its day and its week), up the tree. Write lock held.</summary>
    private void BookTags(in EventRecord record, int day, long delta)
    {
        recentTags.Book(record.Kpi, record.Tags, day, weekKey[day], delta, record.Unit, parent);
        var byDimension = tagTotals[record.Kpi];
        for (var d = 0; d < byDimension.Length; d++)
        {
            var v = EventTags.ValueOf(record.Tags, d);
            if ((uint)v >= (uint)byDimension[d].Length)
            {
                continue;
            }

            var totals = byDimension[d][v] ??= new long[parent.Length];
            for (var u = record.Unit; u >= 0; u = parent[u])
            {
                totals[u] += delta;
            }
        }
    }

    /// <summary>Whether <paramref name="dimension"/> is one of these aggregates' own.</summary>
    public bool Owns(Dimension dimension) => ReferenceEquals(Dimensions.Find(dimension.Code), dimension);

    /// <summary>The unit's campaign-to-date figure for a <c>sum</c> KPI cut by <paramref name="dimension"/>.</summary>
    public Breakdown BreakdownOf(OrgUnit unit, Kpi kpi, Dimension dimension)
    {
        CheckBreakdown(unit, kpi, dimension);
        using var _ = Read();
        var cells = tagTotals[kpi.Index][dimension.Index];
        var values = new double[cells.Length];
        long tagged = 0;
        for (var v = 0; v < cells.Length; v++)
        {
            var value = cells[v]?[unit.Index] ?? 0;
            tagged += value;
            values[v] = FixedPoint.ToDouble(value);
        }

        var total = columns[kpi.Index].Total[unit.Index];
        return new Breakdown(dimension, values, FixedPoint.ToDouble(total - tagged), FixedPoint.ToDouble(total));
    }

    private void CheckBreakdown(OrgUnit unit, Kpi kpi, Dimension dimension)
    {
        CheckOwned(unit);
        if (kpi.Aggregation != KpiAggregation.Sum || !Owns(dimension))
        {
            throw new ArgumentException($"no breakdown of {kpi.Code} by {dimension.Code}: sum KPIs by a declared dimension only");
        }
    }
}
