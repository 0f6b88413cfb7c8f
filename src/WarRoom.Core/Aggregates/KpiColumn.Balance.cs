namespace WarRoom.Core.Aggregates;

/// <summary>The <c>daily_average</c> side of a column: closing balances carried forward day by day.</summary>
internal sealed partial class KpiColumn
{
    /// <summary>
    /// Books one closing balance of a <c>daily_average</c> KPI on its unit. Returns false when it loses to a reading
    /// already held for that day. Otherwise the unit's balance changes by <paramref name="delta"/> on every day from
    /// <paramref name="day"/> through <paramref name="toDay"/> (up to its next reading, or the campaign's last day):
    /// the caller adds it to those days' cells (<see cref="AddDay"/>) of the unit and every ancestor.
    /// </summary>
    public bool BookBalance(int unit, int day, int msOfDay, long seq, long value, out long delta, out int toDay)
    {
        var at = own!.Find(unit, day);
        toDay = day - 1;
        delta = 0;
        if (at >= 0 && !own.At(unit, at).LosesTo(msOfDay, seq))
        {
            return false;
        }

        delta = value - (own.OnOrBefore(unit, day)?.Value ?? 0);
        at = own.Put(unit, at, new OwnReading(value, seq, msOfDay, day));
        toDay = at + 1 < own.Count(unit) ? own.At(unit, at + 1).Day - 1 : days - 1;
        return true;
    }
}
