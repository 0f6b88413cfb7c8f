using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

public class ActivityTests
{
    [Fact]
    public void Last_event_time_rolls_up_and_counts_superseded_readings_as_activity()
    {
        using var w = Trees.Small().Build();
        Assert.Null(w.Aggregates.LastEventTime(w["M111"]));
        w.Book("M111", "mau", "2027-01-10T09:00", 10);
        w.Book("M112", "dep", "2027-01-08T09:00", 10);
        w.Book("M111", "mau", "2027-01-10T08:00", 10, atSeq: 1); // loses to the 09:00 reading, still activity

        Assert.Equal(WorldBuilder.At("2027-01-10T09:00"), w.Aggregates.LastEventTime(w["M111"]));
        Assert.Equal(WorldBuilder.At("2027-01-08T09:00"), w.Aggregates.LastEventTime(w["M112"]));
        Assert.Equal(WorldBuilder.At("2027-01-10T09:00"), w.Aggregates.LastEventTime(w["SB11"]));
        Assert.Equal(WorldBuilder.At("2027-01-10T09:00"), w.Aggregates.LastEventTime(w["HQ"]));
        Assert.Null(w.Aggregates.LastEventTime(w["BR2"]));
    }

    [Fact]
    public void Version_moves_with_every_change()
    {
        using var w = Trees.Small().Build();
        var v0 = w.Aggregates.Version;
        w.Book("M111", "dep", "2027-01-10T09:00", 10);
        var v1 = w.Aggregates.Version;
        w.Book("M111", "mau", "2027-01-10T09:00", 10);
        Assert.True(v1 > v0);
        Assert.True(w.Aggregates.Version > v1);
    }

    [Fact]
    public void A_unit_from_another_tree_is_refused()
    {
        using var a = Trees.Small().Build();
        using var b = Trees.Small().Build();
        Assert.Throws<ArgumentException>(() => a.Aggregates.LastEventTime(b["M111"]));
    }
}
