using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

public class LatestTests
{
    private const string Now = "2027-01-20T12:00";

    [Fact]
    public void The_reading_with_the_latest_event_time_wins_whatever_the_arrival_order()
    {
        using var w = Trees.Small().Build();
        w.Book("M111", "mau", "2027-01-10T09:00", 500);
        w.Book("M111", "mau", "2027-01-05T09:00", 900); // arrives later, happened earlier: ignored
        w.Book("M111", "mau", "2027-01-10T08:59", 700); // same day, earlier time: ignored

        Assert.Equal(500, w.Value("M111", "mau", Now));
        Assert.Equal(900, w.Value("M111", "mau", Now, RankWindow.Between(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 9))));
        Assert.Equal(3, w.Aggregates.Counters.Applied);
        Assert.Equal(1, w.Aggregates.Counters.Superseded); // only the same-day loser; Jan 5 is still Jan 5's reading
    }

    [Fact]
    public void Equal_times_are_decided_by_the_higher_seq_in_either_arrival_order()
    {
        using var w = Trees.Small().Build();
        w.Book("M111", "mau", "2027-01-10T09:00", 40, atSeq: 7);
        w.Book("M111", "mau", "2027-01-10T09:00", 30, atSeq: 3);
        w.Book("M112", "mau", "2027-01-10T09:00", 30, atSeq: 3);
        w.Book("M112", "mau", "2027-01-10T09:00", 40, atSeq: 7);

        Assert.Equal(40, w.Value("M111", "mau", Now));
        Assert.Equal(40, w.Value("M112", "mau", Now));
    }

    [Fact]
    public void A_parent_is_its_own_latest_reading_plus_its_childrens_figures()
    {
        using var w = Trees.Small().Build();
        w.Book("M111", "mau", "2027-01-10T09:00", 100);
        w.Book("M111", "mau", "2027-01-12T09:00", 120);
        w.Book("M112", "mau", "2027-01-11T09:00", 50);
        w.Book("SB11", "mau", "2027-01-09T09:00", 10);
        w.Book("SB11", "mau", "2027-01-13T09:00", 15);
        w.Book("M121", "mau", "2027-01-08T09:00", 5);

        Assert.Equal(185, w.Value("SB11", "mau", Now)); // 15 own + 120 + 50
        Assert.Equal(190, w.Value("BR1", "mau", Now));
        Assert.Equal(190, w.Value("HQ", "mau", Now));
    }

    [Fact]
    public void In_a_window_each_unit_counts_its_latest_reading_inside_the_window()
    {
        using var w = Trees.Small().Build();
        w.Book("M111", "mau", "2027-01-18T09:00", 100); // Monday
        w.Book("M111", "mau", "2027-01-20T09:00", 130); // Wednesday, today
        w.Book("M111", "mau", "2027-01-22T09:00", 999); // after now's day: not seen at Now
        w.Book("M112", "mau", "2027-01-15T09:00", 70);  // last week only

        Assert.Equal(130, w.Value("SB11", "mau", Now, RankWindow.Today));
        Assert.Equal(130, w.Value("SB11", "mau", Now, RankWindow.ThisWeek));
        Assert.Equal(200, w.Value("SB11", "mau", Now)); // 130 + 70
        var jan18 = new DateOnly(2027, 1, 18);
        Assert.Equal(100, w.Value("SB11", "mau", Now, RankWindow.Between(jan18, jan18.AddDays(1))));
        Assert.Equal(1069, w.Value("SB11", "mau", "2027-01-22T10:00"));
    }

    [Fact]
    public void Negative_readings_replace_like_any_other()
    {
        using var w = Trees.Small().Build();
        w.Book("M111", "mau", "2027-01-10T09:00", 100);
        w.Book("M111", "mau", "2027-01-11T09:00", -20);
        var managers = w.Rank(OrgLevel.Manager, "mau", RankBasis.Value, Now, scope: "SB11");
        Assert.Equal(["M112:1", "M111:2"], World.Rows(managers));
        Assert.Equal(-20, managers.Items[1].Value);
    }
}
