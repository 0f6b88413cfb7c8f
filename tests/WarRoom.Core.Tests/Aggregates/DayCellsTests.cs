using WarRoom.Core.Aggregates;
using WarRoom.Core.Kpis;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

/// <summary>
/// A leaf's day cells are 4 bytes and spill a figure beyond an int's range aside; every cell still reads as an
/// 8-byte cell would (the naive model here): single days and sums over random ranges, across int.MaxValue and
/// int.MinValue both ways, for branches and leaves, before and after a checkpoint round trip.
/// </summary>
public class DayCellsTests
{
    private const int Days = 9;

    [Theory]
    [InlineData(KpiAggregation.Sum)]
    [InlineData(KpiAggregation.Latest)]
    [InlineData(KpiAggregation.DailyAverage)]
    public void Cells_read_as_eight_byte_cells(KpiAggregation aggregation)
    {
        // Pre-order: 0 (1 (2, 3), 4, 5 (6)); leaves 2, 3, 4, 6.
        int[] subtreeEnd = [7, 4, 3, 4, 5, 7, 7];
        var rows = new DayRows(subtreeEnd);
        long[] steps = [1, -1, 1_000, int.MaxValue, int.MinValue, (long)int.MaxValue * 3, -(long)int.MaxValue * 3, 123_456_789_012];
        for (var seed = 0; seed < 30; seed++)
        {
            var r = new Random(seed);
            var column = NewColumn(aggregation, rows);
            var naive = new long[subtreeEnd.Length * Days];
            for (var i = 0; i < 600; i++)
            {
                var (unit, day) = (r.Next(subtreeEnd.Length), r.Next(Days));
                var delta = r.Next(2) == 0 ? steps[r.Next(steps.Length)] : r.Next(-5_000, 5_000);
                column.AddDay(unit, day, delta);
                naive[(unit * Days) + day] += delta;
                if (i % 100 == 99)
                {
                    var restored = NewColumn(aggregation, rows);
                    MemoryStateChannel.Load(MemoryStateChannel.Save(column.Exchange), restored.Exchange);
                    column = restored;
                }

                var u = r.Next(subtreeEnd.Length);
                var from = r.Next(Days);
                var to = r.Next(from, Days);
                Assert.True(naive[(u * Days) + from] == column.DayValue(u, from), $"seed {seed}, step {i}, unit {u}, day {from}");
                Assert.True(naive.AsSpan((u * Days) + from, to - from + 1).ToArray().Sum() == column.DailySum(u, from, to), $"seed {seed}, step {i}, unit {u}, days {from}..{to}");
            }
        }
    }

    private static KpiColumn NewColumn(KpiAggregation aggregation, DayRows rows) =>
        new(new Kpi { Code = "k", NameZh = "k", NameEn = "k", Unit = "户", Aggregation = aggregation }, rows.Branches + rows.Leaves, Days, rows);
}
