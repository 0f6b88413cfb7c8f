using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>rankChange = rank at the previous day's close (local midnight that began today) − rank now.</summary>
public class RankChangeTests
{
    private static World Build()
    {
        var w = Trees.Flat("M1", "M2", "M3").Build();
        w.Book("M1", "dep", "2027-01-01T10:00", 10);
        w.Book("M2", "dep", "2027-01-01T11:00", 5);
        w.Book("M2", "dep", "2027-01-02T09:00", 10); // today: M2 overtakes M1
        return w;
    }

    private static int?[] Changes(RankingResult r) => [.. r.Items.Select(i => i.RankChange)];

    [Fact]
    public void On_the_first_day_there_is_no_previous_close()
    {
        using var w = Build();
        var r = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, "2027-01-01T23:00");
        Assert.All(r.Items, i => Assert.Null(i.RankChange));
    }

    [Fact]
    public void Movement_since_yesterdays_close()
    {
        using var w = Build();
        var r = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, "2027-01-02T12:00");
        Assert.Equal(["M2:1", "M1:2", "M3:3"], World.Rows(r));
        Assert.Equal([1, -1, 0], Changes(r));
    }

    [Fact]
    public void Today_compares_with_yesterdays_final_day()
    {
        using var w = Build();
        var r = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, "2027-01-02T12:00", window: RankWindow.Today);
        Assert.Equal(["M2:1", "M1:2", "M3:2"], World.Rows(r)); // today: 10, 0, 0
        Assert.Equal([1, -1, 1], Changes(r));                  // yesterday: M1 10 (1), M2 5 (2), M3 0 (3)
    }

    [Fact]
    public void At_midnight_nothing_has_moved_yet()
    {
        using var w = Build();
        var r = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, "2027-01-03T00:00");
        Assert.Equal([0, 0, 0], Changes(r));
    }

    [Fact]
    public void A_late_event_on_an_earlier_day_moves_the_previous_close()
    {
        using var w = Build();
        Assert.Equal([1, -1, 0], Changes(w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, "2027-01-02T12:00")));
        w.Book("M2", "dep", "2027-01-01T20:00", 6); // reported late: M2 led yesterday after all (11 vs 10)
        var r = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, "2027-01-02T12:00");
        Assert.Equal(["M2:1", "M1:2", "M3:3"], World.Rows(r));
        Assert.Equal([0, 0, 0], Changes(r));
    }

    [Fact]
    public void Todays_events_move_the_current_rank_only()
    {
        using var w = Build();
        Assert.Equal([1, -1, 0], Changes(w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, "2027-01-02T12:00")));
        w.Book("M3", "dep", "2027-01-02T13:00", 100);
        var r = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, "2027-01-02T14:00");
        Assert.Equal(["M3:1", "M2:2", "M1:3"], World.Rows(r));
        Assert.Equal([2, 0, -2], Changes(r));
    }
}
