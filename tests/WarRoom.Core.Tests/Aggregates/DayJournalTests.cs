using WarRoom.Core.Aggregates;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

/// <summary>
/// The journal keeps most entries in 12 bytes (value inline) and the rest wide; read back, every entry is the one
/// added — value, ms, unit and KPI, and a <c>latest</c> KPI's seq (the only one a scan reads) — in arrival order per day, before and
/// after a checkpoint round trip, over values at and beyond an int's range.
/// </summary>
public class DayJournalTests
{
    [Fact]
    public void Every_entry_reads_back_as_added()
    {
        bool[] latest = [false, true, false, true];
        long[] edges = [0, 1, -1, int.MaxValue, int.MinValue, (long)int.MaxValue + 1, (long)int.MinValue - 1, 100_000_000_000_000, -100_000_000_000_000];
        for (var seed = 0; seed < 10; seed++)
        {
            var r = new Random(seed);
            const int days = 5;
            var journal = new DayJournal(days, latest);
            var added = Enumerable.Range(0, days).Select(_ => new List<JournalEntry>()).ToArray();
            for (var i = 0; i < 10_000; i++)
            {
                var day = r.Next(days);
                var value = r.Next(3) == 0 ? edges[r.Next(edges.Length)] : r.NextInt64(-5_000_000_000, 5_000_000_000);
                var entry = new JournalEntry(value, r.NextInt64(long.MaxValue), r.Next(90_000_000), r.Next(1 << 24), r.Next(latest.Length));
                journal.Add(day, entry);
                added[day].Add(entry);
            }

            var restored = new DayJournal(days, latest);
            MemoryStateChannel.Load(MemoryStateChannel.Save(journal.Exchange), restored.Exchange);
            foreach (var read in new[] { journal, restored })
            {
                Assert.Equal(10_000, read.Count);
                for (var day = 0; day < days; day++)
                {
                    var back = read.Day(day).SelectMany(c => c.ToArray()).Select(s => read.Entry(day, s)).ToList();
                    Assert.Equal(added[day].Count, back.Count);
                    for (var i = 0; i < back.Count; i++)
                    {
                        var (a, b) = (added[day][i], back[i]);
                        Assert.True(
                            (a.Value, a.MsOfDay, a.Unit, a.Kpi) == (b.Value, b.MsOfDay, b.Unit, b.Kpi) && (!latest[a.Kpi] || a.Seq == b.Seq),
                            $"seed {seed}, day {day}, entry {i}");
                    }
                }
            }
        }
    }
}
