using WarRoom.Core.Events;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

public class IgnoredEventTests
{
    [Fact]
    public void Events_outside_the_campaign_or_malformed_are_counted_and_change_nothing()
    {
        using var w = Trees.Small().Build();
        w.Book("M111", "dep", "2027-01-04T09:00", 5);
        var before = w.Aggregates.Version;
        var m = w["M111"].Index;
        EventRecord[] bad =
        [
            w.Event("M111", "dep", "2026-12-31T23:59:59", 1),   // a second before the start
            w.Event("M111", "dep", "2027-04-01T00:00", 1),      // end is exclusive
            new EventRecord(90, "x", w.Campaign.Start.ToUnixTimeMilliseconds(), 999, 0, 1),
            new EventRecord(91, "y", w.Campaign.Start.ToUnixTimeMilliseconds(), m, 99, 1),
            new EventRecord(92, "z", w.Campaign.Start.ToUnixTimeMilliseconds(), m, 0, double.NaN),
            new EventRecord(93, "w", w.Campaign.Start.ToUnixTimeMilliseconds(), m, 0, 2e10),
        ];
        w.Aggregates.Apply(bad);

        Assert.Equal(before, w.Aggregates.Version);
        Assert.Equal(new Core.Aggregates.AggregateCounters(1, 0, 2, 4), w.Aggregates.Counters);
        Assert.Equal(5, w.Value("HQ", "dep", "2027-03-31T23:00"));
        Assert.Equal(WorldBuilder.At("2027-01-04T09:00"), w.Aggregates.LastEventTime(w["HQ"]));
    }

    [Fact]
    public void The_first_and_last_instants_of_the_campaign_count()
    {
        using var w = Trees.Small().Build();
        w.Book("M111", "dep", "2027-01-01T00:00", 1);
        w.Book("M111", "dep", "2027-03-31T23:59:59.999", 2);
        Assert.Equal(3, w.Value("M111", "dep", "2027-04-02T00:00"));
        Assert.Equal(2, w.Value("M111", "dep", "2027-03-31T12:00", Core.Ranking.RankWindow.Today));
    }
}
