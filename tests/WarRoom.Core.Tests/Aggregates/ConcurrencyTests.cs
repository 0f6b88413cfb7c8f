using WarRoom.Core.Events;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

public class ConcurrencyTests
{
    /// <summary>
    /// Every Apply call books +x on one manager and −x on another in one span (one chunk), so any consistent state
    /// sums to zero at every level; a reader that saw half a span, or a roll-up half done, would see otherwise.
    /// </summary>
    [Fact]
    public async Task Readers_see_whole_applies_while_the_writer_runs()
    {
        using var w = Trees.Small().Build();
        string[] managers = ["M111", "M112", "M121", "M211", "M212"];
        var seen = 0;
        using var done = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            try
            {
                var random = new Random(42);
                var pair = new EventRecord[2];
                for (var i = 0; i < 30_000; i++)
                {
                    var a = random.Next(managers.Length);
                    var b = (a + 1 + random.Next(managers.Length - 1)) % managers.Length;
                    var day = $"2027-01-{1 + random.Next(20):00}T10:00";
                    var x = random.Next(1, 1000) / 100.0;
                    pair[0] = w.Event(managers[a], "dep", day, x);
                    pair[1] = w.Event(managers[b], "dep", day, -x);
                    w.Aggregates.Apply(pair);
                }
            }
            finally
            {
                done.Cancel();
            }
        });

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                var byManager = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, "2027-01-20T12:00");
                Assert.Equal(0, byManager.Items.Sum(i => (decimal)i.Value!.Value));
                var byBranch = w.Rank(OrgLevel.Branch, "dep", RankBasis.Value, "2027-01-20T12:00", window: RankWindow.ThisWeek);
                Assert.Equal(0, byBranch.Items.Sum(i => (decimal)i.Value!.Value));
                Assert.Equal(0, w.Value("HQ", "dep", "2027-01-20T12:00"));
                Interlocked.Increment(ref seen);
            }
        })).ToArray();

        await writer;
        await Task.WhenAll(readers);
        Assert.True(seen > 0);
        Assert.Equal(60_000, w.Aggregates.Counters.Applied);
    }
}
