namespace WarRoom.Core.Aggregates;

public sealed partial class KpiAggregates
{
    // Closes are kept once built (units × KPIs × 8 bytes a day) so that an as-of read finds its day's start ready and
    // a new close is the one before plus a day — as many as fit CloseBudget (a regional bank's 2 MB closes all fit, a
    // national bank's are 16 MB). A late event is brought into them by the writer (ClosePatch): built again instead,
    // a national close was ~100 ms and 17 MB of garbage on every ranking.
    private readonly Dictionary<int, DayClose> closes = [];

    /// <summary>Bytes of closes kept at most (at least two closes); tests lower it to reach the national case on a small tree.</summary>
    internal long CloseBudget { get; set; } = 256L << 20;

    private int ClosesKept => (int)Math.Clamp(CloseBudget / Math.Max(1L, (long)parent.Length * (columns.Length + 1) * sizeof(long)), 2, 4096);

    /// <summary>
    /// The close to read a whole-days range from: only campaign-to-date up to a day before the latest with data (the
    /// previous close; else up to ninety cells per unit and KPI); null for any other. Read lock held.
    /// </summary>
    internal DayClose? CloseFor(DayRange range) =>
        !range.IsEmpty && range.From == 0 && range.To < maxDataDay ? CloseOf(range.To) : null;

    /// <summary>
    /// The end-of-day totals through <paramref name="day"/>, kept up to date by the writer (a replay outdates it). Built
    /// from the nearest valid earlier close, each close in between on the way (the one before plus a day's cells: an
    /// as-of read on those days later finds its start ready), else as <see cref="ValueIn"/> reads them. Read lock held.
    /// </summary>
    internal DayClose CloseOf(int day)
    {
        DayClose? before = null;
        lock (closes)
        {
            if (closes.TryGetValue(day, out var held) && !ChangedThrough(day, held.ValidAt))
            {
                return held;
            }

            for (var d = day - 1; d >= 0 && before is null; d--)
            {
                if (closes.TryGetValue(d, out var earlier) && !ChangedThrough(d, earlier.ValidAt))
                {
                    before = earlier;
                }
            }
        }

        // The closes on the way are built too while they fit the budget; beyond it only the one asked for, from the
        // nearest close before it (a flow adds the gap's cells) or read whole.
        var from = (before?.Through ?? -1) + 1;
        for (var d = day - from + 1 <= ClosesKept ? from : day; d <= day; d++)
        {
            before = BuildClose(d, before);
        }

        return before!;
    }

    private DayClose BuildClose(int day, DayClose? before)
    {
        var range = new DayRange(0, day);
        var values = new long[parent.Length * columns.Length];
        var own = new long[]?[columns.Length];
        for (var k = 0; k < columns.Length; k++)
        {
            own[k] = columns[k].IsLatest ? new long[parent.Length] : null;
            ColumnThrough(k, range, before, values, own[k]);
        }

        var close = new DayClose(day, version, columns.Length, values, Scores(values, null), own);
        lock (closes)
        {
            // Over the budget an outdated close goes first, then the one built longest ago.
            while (closes.Count >= ClosesKept && !closes.ContainsKey(day))
            {
                closes.Remove(closes.MinBy(c => (c.Value.ValidAt, c.Value.BuiltAt)).Key);
            }

            closes[day] = close;
        }

        return close;
    }

    /// <summary>
    /// Every unit's composite score from <paramref name="values"/> + <paramref name="more"/>, laid out unit × KPIs +
    /// KPI (either may be null), into <paramref name="score"/> (new when null). With <paramref name="close"/> (whose
    /// values are <paramref name="values"/>) a unit whose slots <paramref name="more"/> leaves alone keeps the close's
    /// score: the same values give the same score, and most of a cut's units had nothing yet that day.
    /// </summary>
    internal double[] Scores(long[]? values, long[]? more, double[]? score = null, DayClose? close = null)
    {
        var k = columns.Length;
        score ??= new double[parent.Length];
        Span<long> slots = stackalloc long[model.Slots];
        for (var u = 0; u < score.Length; u++)
        {
            var moved = close is null;
            for (var j = 0; j < model.Slots; j++)
            {
                var i = (u * k) + model.KpiIndex[j];
                var added = more?[i] ?? 0;
                moved |= added != 0;
                slots[j] = (values?[i] ?? 0) + added;
            }

            score[u] = moved ? model.Score(u, slots) : close!.Score(u);
        }

        return score;
    }

    /// <summary>
    /// One KPI's rolled-up values over <paramref name="range"/> (from day 0) for every unit, into <paramref name="values"/>;
    /// a <c>latest</c> KPI's own readings into <paramref name="own"/>.
    /// </summary>
    private void ColumnThrough(int kpi, DayRange range, DayClose? before, long[] values, long[]? own)
    {
        var column = columns[kpi];
        var k = columns.Length;
        if (column.IsLatest)
        {
            // Pre-order: every descendant of u has a larger index, so walking down rolls each subtree up once.
            for (var u = parent.Length - 1; u >= 0; u--)
            {
                own![u] = column.OwnLatestIn(u, range);
                values[(u * k) + kpi] += own[u];
                if (parent[u] >= 0)
                {
                    values[(parent[u] * k) + kpi] += values[(u * k) + kpi];
                }
            }
        }
        else if (before is not null && !column.IsDailyAverage && ratioOf[kpi].Numerator < 0)
        {
            // A flow adds its days to the close before; a level (ratio, daily average) does not add up, so it is read whole below.
            for (var u = 0; u < parent.Length; u++)
            {
                values[(u * k) + kpi] = before.Value(u, kpi) + column.DailySum(u, before.Through + 1, range.To);
            }
        }
        else
        {
            for (var u = 0; u < parent.Length; u++)
            {
                values[(u * k) + kpi] = ValueIn(u, kpi, range);
            }
        }
    }
}
