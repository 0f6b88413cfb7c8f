using WarRoom.Core.Aggregates;
using WarRoom.Core.Kpis;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

/// <summary>
/// A column's own readings, kept only on the days that have one, answer exactly as the dense layout they replaced
/// (units × days cells of value, time and seq, written here as the naive model): every booking's outcome and deltas,
/// a balance's carried-forward span, and the latest reading in random day ranges — also after a checkpoint round trip.
/// </summary>
public class OwnReadingsTests
{
    private const int Units = 7;
    private const int Days = 12;

    [Theory]
    [InlineData(KpiAggregation.Latest)]
    [InlineData(KpiAggregation.DailyAverage)]
    public void Readings_answer_as_the_dense_cells_did(KpiAggregation aggregation)
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var r = new Random(seed);
            var column = NewColumn(aggregation);
            var dense = new Dense();
            for (var i = 0; i < 400; i++)
            {
                var (unit, day, ms, seq, value) = (r.Next(Units), r.Next(Days), r.Next(4), (long)r.Next(6), (long)r.Next(-50, 1000));
                if (aggregation == KpiAggregation.Latest)
                {
                    var booked = column.Book(unit, day, ms, seq, value, out var total, out var daily);
                    Assert.Equal(dense.Book(unit, day, ms, seq, value), (booked, total, daily));
                }
                else
                {
                    var booked = column.BookBalance(unit, day, ms, seq, value, out var delta, out var toDay);
                    Assert.Equal(dense.BookBalance(unit, day, ms, seq, value), (booked, delta, toDay));
                }

                if (i % 50 == 49)
                {
                    var restored = NewColumn(aggregation);
                    MemoryStateChannel.Load(MemoryStateChannel.Save(column.Exchange), restored.Exchange);
                    column = restored;
                }

                var from = r.Next(Days);
                var range = new DayRange(from, r.Next(from, Days));
                var u = r.Next(Units);
                Assert.True(dense.OwnLatestIn(u, range) == column.OwnLatestIn(u, range), $"seed {seed}, event {i}, unit {u}, days {range.From}..{range.To}");
            }
        }
    }

    private static KpiColumn NewColumn(KpiAggregation aggregation) =>
        new(new Kpi { Code = "k", NameZh = "k", NameEn = "k", Unit = "户", Aggregation = aggregation }, Units, Days);

    /// <summary>The dense layout as it was: one cell per unit and day, (time, seq) deciding, first and last day per unit.</summary>
    private sealed class Dense
    {
        private readonly long[] value = new long[Units * Days];
        private readonly long[] time = Enumerable.Repeat(long.MinValue, Units * Days).ToArray();
        private readonly long[] seqs = new long[Units * Days];
        private readonly int[] first = Enumerable.Repeat(int.MaxValue, Units).ToArray();
        private readonly int[] last = Enumerable.Repeat(-1, Units).ToArray();

        public (bool, long, long) Book(int unit, int day, long ms, long seq, long v)
        {
            var cell = (unit * Days) + day;
            if (Loses(cell, ms, seq))
            {
                return (false, 0, 0);
            }

            var before = last[unit] >= 0 ? value[(unit * Days) + last[unit]] : 0;
            var dayDelta = v - value[cell];
            Put(unit, day, ms, seq, v);
            return (true, value[(unit * Days) + last[unit]] - before, dayDelta);
        }

        public (bool, long, int) BookBalance(int unit, int day, long ms, long seq, long v)
        {
            var cell = (unit * Days) + day;
            if (Loses(cell, ms, seq))
            {
                return (false, 0, day - 1);
            }

            var delta = v - OwnLatestIn(unit, new DayRange(0, day));
            Put(unit, day, ms, seq, v);
            var to = day + 1;
            while (to < Days && time[(unit * Days) + to] == long.MinValue)
            {
                to++;
            }

            return (true, delta, to - 1);
        }

        public long OwnLatestIn(int unit, DayRange range)
        {
            for (var d = Math.Min(range.To, last[unit]); d >= Math.Max(range.From, first[unit]); d--)
            {
                if (time[(unit * Days) + d] != long.MinValue)
                {
                    return value[(unit * Days) + d];
                }
            }

            return 0;
        }

        private bool Loses(int cell, long ms, long seq) =>
            time[cell] != long.MinValue && (ms < time[cell] || (ms == time[cell] && seq <= seqs[cell]));

        private void Put(int unit, int day, long ms, long seq, long v)
        {
            var cell = (unit * Days) + day;
            (value[cell], time[cell], seqs[cell]) = (v, ms, seq);
            first[unit] = Math.Min(first[unit], day);
            last[unit] = Math.Max(last[unit], day);
        }
    }
}
