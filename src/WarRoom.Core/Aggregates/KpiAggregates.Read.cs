using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Scoring;

namespace WarRoom.Core.Aggregates;

public sealed partial class KpiAggregates
{
    internal CompositeModel Model => model;

    /// <summary>
    /// The rolled-up value of <paramref name="unit"/>'s subtree for one KPI over <paramref name="range"/>: a stored
    /// total for campaign-to-date, a few daily cells for a day or a week (or the total less the days outside, when
    /// fewer). Only a <c>latest</c> KPI over several days walks the subtree, since the reading each booking unit
    /// shows depends on the range. A ratio divides its two KPIs' values over the range (never averages children's
    /// ratios); a daily average is the mean of the range's daily closing balances. Caller holds the read lock.
    /// </summary>
    internal long ValueIn(int unit, int kpi, DayRange range)
    {
        if (range.IsEmpty)
        {
            return 0;
        }

        var column = columns[kpi];
        if (ratioOf[kpi] is var (numerator, denominator) && numerator >= 0)
        {
            return FixedPoint.Ratio(ValueIn(unit, numerator, range), ValueIn(unit, denominator, range));
        }

        if (column.IsDailyAverage)
        {
            return FixedPoint.Mean(column.DailySum(unit, range.From, range.To), range.To - range.From + 1);
        }

        if (range.From == 0 && range.To >= maxDataDay)
        {
            return column.Total[unit];
        }

        if (range.From == range.To)
        {
            return column.DayValue(unit, range.From);
        }

        if (!column.IsLatest)
        {
            var outside = range.From + (maxDataDay - range.To);
            return outside < range.To - range.From + 1
                ? column.Total[unit] - column.DailySum(unit, 0, range.From - 1) - column.DailySum(unit, range.To + 1, maxDataDay)
                : column.DailySum(unit, range.From, range.To);
        }

        long sum = 0;
        for (int u = unit, end = subtreeEnd[unit]; u < end; u++)
        {
            sum += column.OwnLatestIn(u, range);
        }

        return sum;
    }

    /// <summary>The composite score over <paramref name="range"/>, NaN when the unit has no target. Read lock held.</summary>
    internal double ScoreIn(int unit, DayRange range)
    {
        if (range.From == 0 && (range.To == maxDataDay || (range.To > maxDataDay && !model.HasDailyAverage)))
        {
            return score[unit];
        }

        Span<long> values = stackalloc long[model.Slots];
        for (var j = 0; j < model.Slots; j++)
        {
            values[j] = ValueIn(unit, model.KpiIndex[j], range);
        }

        return model.Score(unit, values);
    }

    /// <summary>Whether any event that landed on a day up to <paramref name="lastDay"/> is newer than <paramref name="seenVersion"/>.</summary>
    internal bool ChangedThrough(int lastDay, long seenVersion)
    {
        var hi = Math.Min(lastDay, dayVersion.Length - 1);
        for (var d = 0; d <= hi; d++)
        {
            if (dayVersion[d] > seenVersion)
            {
                return true;
            }
        }

        return false;
    }

    internal long VersionUnderLock => version;

    /// <summary>See <see cref="ChangeLog.TryCollect"/>. Read lock held.</summary>
    internal bool TryCollectBookings(long since, int lastDay, int limit, List<int> booked) =>
        changes.TryCollect(since, lastDay, limit, booked);

    /// <summary>The unit's subtree value for a KPI in a window, evaluated at <paramref name="now"/>.</summary>
    public double Value(OrgUnit unit, Kpi kpi, RankWindow window, DateTimeOffset now)
    {
        CheckOwned(unit);
        var range = window.ResolveDays(Campaign, Horizon.At(Campaign, now));
        using var _ = Read();
        return FixedPoint.ToDouble(ValueIn(unit.Index, kpi.Index, range));
    }

    /// <summary>The unit's composite score campaign-to-date at <paramref name="now"/>; null when it has no target.</summary>
    public double? Score(OrgUnit unit, DateTimeOffset now)
    {
        CheckOwned(unit);
        var range = RankWindow.CampaignToDate.ResolveDays(Campaign, Horizon.At(Campaign, now));
        using var _ = Read();
        var s = ScoreIn(unit.Index, range);
        return double.IsNaN(s) ? null : s;
    }

    /// <summary>The time of the latest event booked anywhere in the unit's subtree (any KPI), or null if none yet.</summary>
    public DateTimeOffset? LastEventTime(OrgUnit unit)
    {
        CheckOwned(unit);
        using var _ = Read();
        var ms = lastEventMs[unit.Index];
        return ms == long.MinValue ? null : DateTimeOffset.FromUnixTimeMilliseconds(ms);
    }

    /// <summary>The campaign day of the latest event in the unit's subtree, −1 if none yet. Read lock held.</summary>
    internal int LastEventDayUnderLock(int unit) => lastEventMs[unit] == long.MinValue ? -1 : days.DayOf(lastEventMs[unit]);

    /// <summary>The time of the latest event in the unit's subtree up to <paramref name="asOf"/>, or null if none by then.</summary>
    public DateTimeOffset? LastEventTime(OrgUnit unit, DateTimeOffset asOf)
    {
        CheckOwned(unit);
        using var _ = Read();
        if (asOf.ToUnixTimeMilliseconds() < days.StartMs)
        {
            return null;
        }

        var ms = LastEventMsAt(unit.Index, CutAt(asOf));
        return ms == long.MinValue ? null : DateTimeOffset.FromUnixTimeMilliseconds(ms);
    }

    internal void CheckOwned(OrgUnit unit)
    {
        if ((uint)unit.Index >= (uint)Tree.Count || !ReferenceEquals(Tree[unit.Index], unit))
        {
            throw new ArgumentException($"unit {unit.Code} is not from this campaign's org tree", nameof(unit));
        }
    }
}
