using WarRoom.Core.Campaigns;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Core.Aggregates;

public sealed partial class KpiAggregates
{
    /// <summary>Per dimension value, what the latest days and weeks booked (today's and this week's breakdowns).</summary>
    private RecentTagTotals recentTags = null!;

    /// <summary>Per campaign day, a number for its ISO week (its Monday's day number / 7): equal within a week, rising.</summary>
    private int[] weekKey = [];

    /// <summary>Bytes held by the per-value totals of the latest days and weeks (for the memory figure in docs/benchmarks.md).</summary>
    public long RecentTagBytes
    {
        get
        {
            using var _ = Read();
            return recentTags.Bytes;
        }
    }

    private void InitRecentTags(DimensionCatalog dimensions)
    {
        recentTags = new RecentTagTotals(Catalog.Count, dimensions, parent.Length);
        weekKey = [.. Enumerable.Range(0, days.Count).Select(d => Campaign.WeekStart(Campaign.DayAt(d)).DayNumber / 7)];
    }

    /// <summary>
    /// The unit's figure for a <c>sum</c> KPI cut by <paramref name="dimension"/> over <paramref name="window"/>
    /// (campaign, today or this week) at <paramref name="now"/>. Null when a day of the window is no longer kept:
    /// only with a clock more than a day behind the latest tagged event, which ingest does not take.
    /// </summary>
    public Breakdown? BreakdownOf(OrgUnit unit, Kpi kpi, Dimension dimension, RankWindow window, DateTimeOffset now)
    {
        if (window.Kind == RankWindowKind.Campaign)
        {
            return BreakdownOf(unit, kpi, dimension);
        }

        CheckBreakdown(unit, kpi, dimension);
        if (window.Kind == RankWindowKind.Custom)
        {
            throw new ArgumentException($"no breakdown over {window}: the campaign, today or this week only", nameof(window));
        }

        var range = window.ResolveDays(Campaign, Horizon.At(Campaign, now));
        using var _ = Read();
        var values = new double[dimension.Values.Count];
        long tagged = 0;
        for (var v = 0; v < values.Length && !range.IsEmpty; v++)
        {
            if (!TryTagTotalIn(unit.Index, kpi.Index, dimension.Index, v, range, out var value))
            {
                return null;
            }

            tagged += value;
            values[v] = FixedPoint.ToDouble(value);
        }

        var total = range.IsEmpty ? 0 : ValueIn(unit.Index, kpi.Index, range);
        return new Breakdown(dimension, values, FixedPoint.ToDouble(total - tagged), FixedPoint.ToDouble(total));
    }

    /// <summary>
    /// What the subtree booked of a <c>sum</c> KPI with one value (fixed point): the campaign totals for
    /// <paramref name="wholeCampaign"/>, else <paramref name="range"/>, a day or a week to date. False when a day of
    /// it is no longer kept (<see cref="KeepsTags"/>). Read lock held.
    /// </summary>
    internal bool TryTagTotal(int unit, int kpi, int dimension, int value, DayRange range, bool wholeCampaign, out long total)
    {
        if (wholeCampaign || range.IsEmpty)
        {
            total = wholeCampaign ? tagTotals[kpi][dimension][value]?[unit] ?? 0 : 0;
            return true;
        }

        return TryTagTotalIn(unit, kpi, dimension, value, range, out total);
    }

    /// <summary>
    /// Whether the figures by tag over <paramref name="window"/> (campaign, today, this week) at <paramref name="now"/>
    /// are kept: the slots' days decide, not the unit or value. Only a clock more than a day behind the latest
    /// tagged event (a frozen one) finds a day gone.
    /// </summary>
    public bool KeepsTags(RankWindow window, DateTimeOffset now)
    {
        var range = window.ResolveDays(Campaign, Horizon.At(Campaign, now));
        using var held = Read();
        return window.Kind == RankWindowKind.Campaign
            || (window.Kind != RankWindowKind.Custom && (range.IsEmpty || Dimensions.Count == 0 || TryTagTotalIn(0, 0, 0, 0, range, out _)));
    }

    /// <summary>
    /// What the subtree booked with one value over one day, or over a week from its first campaign day to
    /// <see cref="DayRange.To"/>: the week's slot less its later days (events a few minutes ahead of the clock).
    /// False when a day needed is no longer kept. Read lock held.
    /// </summary>
    private bool TryTagTotalIn(int unit, int kpi, int dimension, int value, DayRange range, out long total)
    {
        if (range.From == range.To)
        {
            return recentTags.TryDay(unit, kpi, dimension, value, range.From, out total);
        }

        var week = weekKey[range.To];
        if (weekKey[range.From] != week || (range.From > 0 && weekKey[range.From - 1] == week))
        {
            throw new ArgumentException($"days {range.From}..{range.To} are not one day nor the start of one week", nameof(range));
        }

        if (!recentTags.TryWeek(unit, kpi, dimension, value, week, out total))
        {
            return false;
        }

        for (var d = range.To + 1; d < weekKey.Length && weekKey[d] == week; d++)
        {
            if (!recentTags.TryDay(unit, kpi, dimension, value, d, out var later))
            {
                return false;
            }

            total -= later;
        }

        return true;
    }
}
