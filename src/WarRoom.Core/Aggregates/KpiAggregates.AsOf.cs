namespace WarRoom.Core.Aggregates;

public sealed partial class KpiAggregates
{
    /// <summary>Events applied so far, every one kept in the day journal for as-of reads.</summary>
    public long JournaledEvents
    {
        get
        {
            using var _ = Read();
            return journal?.Count ?? 0;
        }
    }

    /// <summary><see cref="ValueIn"/> as of the cut's instant; the range must end on or before the cut's day. Read lock held.</summary>
    internal long ValueAt(int unit, int kpi, DayRange range, AsOfCut? cut)
    {
        if (cut is null || range.IsEmpty || range.To < cut.Day)
        {
            return ValueIn(unit, kpi, range);
        }

        // A ratio divides its two KPIs as of the instant; a daily average counts the cut's day by its closing
        // balance so far in whole days (a reading later that day is not held apart: balances come once a day).
        if (ratioOf[kpi] is var (numerator, denominator) && numerator >= 0)
        {
            return FixedPoint.Ratio(ValueAt(unit, numerator, range, cut), ValueAt(unit, denominator, range, cut));
        }

        if (columns[kpi].IsDailyAverage)
        {
            return ValueIn(unit, kpi, range);
        }

        if (range.From == 0)
        {
            return cut.CampaignValue(unit, kpi);
        }

        var earlier = range.From <= cut.Day - 1 ? ValueIn(unit, kpi, new DayRange(range.From, cut.Day - 1)) : 0;
        return earlier + cut.Delta(unit, kpi, range.From);
    }

    /// <summary><see cref="ScoreIn"/> as of the cut's instant. Read lock held.</summary>
    internal double ScoreAt(int unit, DayRange range, AsOfCut? cut)
    {
        if (cut is null || range.IsEmpty || range.To < cut.Day)
        {
            return ScoreIn(unit, range);
        }

        if (range.From == 0)
        {
            return cut.CampaignScore(unit);
        }

        Span<long> values = stackalloc long[model.Slots];
        for (var j = 0; j < model.Slots; j++)
        {
            values[j] = ValueAt(unit, model.KpiIndex[j], range, cut);
        }

        return model.Score(unit, values);
    }

    /// <summary>The latest event time in the unit's subtree as of the cut (or now), in ms; MinValue for none. Read lock held.</summary>
    internal long LastEventMsAt(int unit, AsOfCut? cut)
    {
        if (cut is null)
        {
            return lastEventMs[unit];
        }

        if (cut.LastMsOfDay(unit) >= 0)
        {
            return days.StartOfDayMs(cut.Day) + cut.LastMsOfDay(unit);
        }

        for (var d = cut.Day - 1; d >= 0; d--)
        {
            var ms = lastMsOfDay[(unit * days.Count) + d] - 1;
            if (ms >= 0)
            {
                return days.StartOfDayMs(d) + ms;
            }
        }

        return long.MinValue;
    }

    /// <summary>A <c>latest</c> KPI's own reading latest inside the range (see <see cref="KpiColumn.OwnLatestIn"/>).</summary>
    internal long OwnLatestIn(int unit, int kpi, DayRange range) => columns[kpi].OwnLatestIn(unit, range);
}
