namespace WarRoom.Core.Aggregates;

/// <summary>The <c>daily_average</c> side of a column: closing balances carried forward day by day.</summary>
internal sealed partial class KpiColumn
{
    /// <summary>
    /// Books one closing balance of a <c>daily_average</c> KPI on its unit. Returns false when it loses to a reading
    /// already held for that day. Otherwise the unit's balance changes by <paramref name="delta"/> on every day from
    /// <paramref name="day"/> through <paramref name="toDay"/> (up to its next reading, or the campaign's last day):
    /// the caller adds it to those days' <see cref="Daily"/> cells of the unit and every ancestor.
    /// </summary>
    public bool BookBalance(int unit, int day, long timeMs, long seq, long value, out long delta, out int toDay)
    {
        var row = unit * days;
        var cell = row + day;
        toDay = day - 1;
        delta = 0;
        if (ownTime[cell] != NoReading && (timeMs < ownTime[cell] || (timeMs == ownTime[cell] && seq <= ownSeq[cell])))
        {
            return false;
        }

        delta = value - BalanceOn(unit, day);
        ownValue[cell] = value;
        ownTime[cell] = timeMs;
        ownSeq[cell] = seq;
        firstDay[unit] = Math.Min(firstDay[unit], day);
        lastDay[unit] = Math.Max(lastDay[unit], day);
        toDay = day + 1;
        while (toDay < days && ownTime[row + toDay] == NoReading)
        {
            toDay++;
        }

        toDay--;
        return true;
    }

    /// <summary>The unit's own balance at the close of <paramref name="day"/>: its last reading on or before that day.</summary>
    private long BalanceOn(int unit, int day)
    {
        var row = unit * days;
        for (var d = Math.Min(day, lastDay[unit]); d >= firstDay[unit]; d--)
        {
            if (ownTime[row + d] != NoReading)
            {
                return ownValue[row + d];
            }
        }

        return 0;
    }
}
