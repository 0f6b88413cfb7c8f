using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

public class RollUpTests
{
    private const string Now = "2027-01-20T12:00";

    [Fact]
    public void Manager_events_add_up_to_sub_branch_branch_and_hq()
    {
        using var w = Trees.Small().Build();
        w.Book("M111", "dep", "2027-01-04T09:00", 10.5);
        w.Book("M112", "dep", "2027-01-05T09:00", 20.25);
        w.Book("M121", "dep", "2027-01-06T09:00", 1);
        w.Book("M211", "dep", "2027-01-07T09:00", 100);
        w.Book("M111", "dep", "2027-01-08T09:00", -0.5); // a reversal books negative

        Assert.Equal(10, w.Value("M111", "dep", Now));
        Assert.Equal(30.25, w.Value("SB11", "dep", Now));
        Assert.Equal(1, w.Value("SB12", "dep", Now));
        Assert.Equal(31.25, w.Value("BR1", "dep", Now));
        Assert.Equal(100, w.Value("BR2", "dep", Now));
        Assert.Equal(131.25, w.Value("HQ", "dep", Now));
        Assert.Equal(0, w.Value("HQ", "cost", Now));
    }

    [Fact]
    public void A_booking_on_a_sub_branch_counts_there_and_above_but_for_no_manager()
    {
        using var w = Trees.Small().Build();
        w.Book("M111", "dep", "2027-01-04T09:00", 10);
        w.Book("SB11", "dep", "2027-01-04T10:00", 7); // a figure with no owner below the sub-branch
        w.Book("BR2", "dep", "2027-01-04T11:00", 3);

        Assert.Equal(17, w.Value("SB11", "dep", Now));
        Assert.Equal(17, w.Value("BR1", "dep", Now));
        Assert.Equal(3, w.Value("BR2", "dep", Now));
        Assert.Equal(20, w.Value("HQ", "dep", Now));
        var managers = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, Now, scope: "SB11");
        Assert.Equal([10.0, 0.0], managers.Items.Select(i => i.Value!.Value));
        var subBranches = w.Rank(OrgLevel.SubBranch, "dep", RankBasis.Value, Now);
        Assert.Equal(["SB11:1", "SB12:2", "SB21:2"], World.Rows(subBranches));
        Assert.Equal(17, subBranches.Items[0].Value);
        Assert.Equal(0, subBranches.Items[2].Value); // BR2's own booking belongs to no sub-branch
    }

    [Fact]
    public void Windowed_roll_ups_count_bookings_on_inner_units_too()
    {
        using var w = Trees.Small().Build();
        w.Book("SB11", "dep", "2027-01-19T10:00", 7);
        w.Book("M112", "dep", "2027-01-20T10:00", 2);
        w.Book("SB11", "dep", "2027-01-20T11:00", 5);

        Assert.Equal(7, w.Value("BR1", "dep", Now, RankWindow.Today));
        Assert.Equal(14, w.Value("BR1", "dep", Now, RankWindow.ThisWeek));
        Assert.Equal(7, w.Value("HQ", "dep", Now, RankWindow.Between(new DateOnly(2027, 1, 19), new DateOnly(2027, 1, 19))));
    }
}
