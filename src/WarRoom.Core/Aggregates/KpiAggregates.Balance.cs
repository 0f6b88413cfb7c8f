using WarRoom.Core.Events;

namespace WarRoom.Core.Aggregates;

public sealed partial class KpiAggregates
{
    /// <summary>A closing balance: the unit's and its ancestors' balances change from its day to its next reading.</summary>
    private bool ApplyBalance(in EventRecord record, int day, KpiColumn column, long stamp)
    {
        if (!column.BookBalance(record.Unit, day, (int)(record.TimeMs - days.StartOfDayMs(day)), record.Seq, FixedPoint.FromDouble(record.Value), out var delta, out var toDay))
        {
            superseded++;
            return true;
        }

        Booked(record.Unit, day, stamp);
        var scored = delta != 0 && feedsScore[record.Kpi];
        for (var u = record.Unit; u >= 0; u = parent[u])
        {
            for (var d = day; d <= toDay; d++)
            {
                column.AddDay(u, d, delta);
            }

            if (scored)
            {
                MarkDirty(u);
            }
        }

        return true;
    }

    private void Booked(int unit, int day, long stamp)
    {
        dayVersion[day] = stamp;
        changes.Add(stamp, unit, day);
        if (day > maxDataDay)
        {
            maxDataDay = day;
            rescoreAll |= model.HasDailyAverage;
        }
    }
}
