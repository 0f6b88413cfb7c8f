using WarRoom.Core.Kpis;

namespace WarRoom.Core.Aggregates;

/// <summary>
/// Everything kept for one KPI, in flat arrays indexed by unit (pre-order) and day so that reads are plain loops:
/// the rolled-up campaign-to-date total per unit, and each unit's own bookings per local day — the day's sum for a
/// <c>sum</c> KPI, or the day's latest reading with its (time, seq) for a <c>latest</c> KPI.
/// </summary>
internal sealed class KpiColumn
{
    private const long NoReading = long.MinValue;

    private readonly int days;
    private readonly long[]? ownTime;
    private readonly long[]? ownSeq;

    public KpiColumn(Kpi kpi, int unitCount, int dayCount)
    {
        days = dayCount;
        IsLatest = kpi.Aggregation == KpiAggregation.Latest;
        Total = new long[unitCount];
        Own = new long[unitCount * dayCount];
        FirstDay = new int[unitCount];
        LastDay = new int[unitCount];
        Array.Fill(FirstDay, int.MaxValue);
        Array.Fill(LastDay, -1);
        if (IsLatest)
        {
            ownTime = new long[unitCount * dayCount];
            ownSeq = new long[unitCount * dayCount];
            Array.Fill(ownTime, NoReading);
        }
    }

    public bool IsLatest { get; }

    /// <summary>Rolled-up value of each unit's subtree over every booked day.</summary>
    public long[] Total { get; }

    /// <summary>Own bookings per (unit × days + day).</summary>
    public long[] Own { get; }

    /// <summary>First and last day with an own booking (int.MaxValue / −1 when none), to skip empty units fast.</summary>
    public int[] FirstDay { get; }

    public int[] LastDay { get; }

    /// <summary>
    /// Books one event on its unit. Returns false when a <c>latest</c> reading loses to one already held for that
    /// day (earlier time, or same time and lower seq); otherwise <paramref name="delta"/> is the change of the
    /// unit's own campaign-to-date figure, which the caller adds up the tree.
    /// </summary>
    public bool Book(int unit, int day, long timeMs, long seq, long value, out long delta)
    {
        var cell = (unit * days) + day;
        if (!IsLatest)
        {
            Own[cell] += value;
            Track(unit, day);
            delta = value;
            return true;
        }

        var time = ownTime!;
        var seqs = ownSeq!;
        if (time[cell] != NoReading && (timeMs < time[cell] || (timeMs == time[cell] && seq <= seqs[cell])))
        {
            delta = 0;
            return false;
        }

        var before = LastDay[unit] >= 0 ? Own[(unit * days) + LastDay[unit]] : 0;
        Own[cell] = value;
        time[cell] = timeMs;
        seqs[cell] = seq;
        Track(unit, day);
        delta = Own[(unit * days) + LastDay[unit]] - before;
        return true;
    }

    /// <summary>
    /// The unit's own figure over the days of <paramref name="range"/>: their sum, or for a <c>latest</c> KPI the
    /// latest reading inside the range (the last booked day holds it, as days are in time order).
    /// </summary>
    public long OwnIn(int unit, DayRange range)
    {
        var lo = Math.Max(range.From, FirstDay[unit]);
        var hi = Math.Min(range.To, LastDay[unit]);
        if (lo > hi)
        {
            return 0;
        }

        var row = unit * days;
        if (IsLatest)
        {
            var time = ownTime!;
            for (var d = hi; d >= lo; d--)
            {
                if (time[row + d] != NoReading)
                {
                    return Own[row + d];
                }
            }

            return 0;
        }

        long sum = 0;
        for (var d = lo; d <= hi; d++)
        {
            sum += Own[row + d];
        }

        return sum;
    }

    private void Track(int unit, int day)
    {
        if (day < FirstDay[unit])
        {
            FirstDay[unit] = day;
        }

        if (day > LastDay[unit])
        {
            LastDay[unit] = day;
        }
    }
}
