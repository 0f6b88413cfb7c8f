using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>Days are local days in Asia/Shanghai (UTC+8): 00:00 there is 16:00 UTC the day before.</summary>
public class WindowTests
{
    private static World Build()
    {
        var w = Trees.Flat("M1", "M2").Build();
        w.Book("M1", "dep", "2027-01-03T23:59:59", 4); // Sunday
        w.Book("M1", "dep", "2027-01-04T23:59:59", 1); // Monday, last second
        w.Book("M1", "dep", "2027-01-05T00:00", 2);    // Tuesday, first instant (still 2027-01-04 in UTC)
        w.Book("M2", "dep", "2027-01-05T08:00", 8);
        return w;
    }

    [Fact]
    public void Today_is_the_local_day_of_now()
    {
        using var w = Build();
        var justAfter = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, "2027-01-05T00:30", window: RankWindow.Today);
        Assert.Equal(["M2:1", "M1:2"], World.Rows(justAfter));
        Assert.Equal([8.0, 2.0], justAfter.Items.Select(i => i.Value!.Value));

        var justBefore = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, "2027-01-04T23:59:59.999", window: RankWindow.Today);
        Assert.Equal(["M1:1", "M2:2"], World.Rows(justBefore));
        Assert.Equal([1.0, 0.0], justBefore.Items.Select(i => i.Value!.Value));
    }

    [Fact]
    public void The_week_starts_on_monday_local_time()
    {
        using var w = Build();
        Assert.Equal(3, w.Value("M1", "dep", "2027-01-05T00:30", RankWindow.ThisWeek)); // Mon + Tue, not Sunday
        Assert.Equal(7, w.Value("M1", "dep", "2027-01-05T00:30"));
        Assert.Equal(4, w.Value("M1", "dep", "2027-01-03T23:59:59.999", RankWindow.ThisWeek));
        Assert.Equal(0, w.Value("M1", "dep", "2027-01-11T00:00", RankWindow.ThisWeek)); // next Monday, nothing yet
    }

    [Fact]
    public void The_first_week_starts_at_the_campaign_start()
    {
        using var w = Trees.Flat("M1").Build();
        w.Book("M1", "dep", "2027-01-01T00:00", 16); // Friday; its ISO week began Monday 2026-12-28
        w.Book("M1", "dep", "2027-01-02T10:00", 1);
        var r = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, "2027-01-02T12:00", window: RankWindow.ThisWeek);
        Assert.Equal(17, r.Items[0].Value);
        Assert.Equal(1.5 / 90, r.PaceReference, 12); // the window's share starts at the campaign start
    }

    [Fact]
    public void A_custom_range_is_inclusive_and_clipped_to_now()
    {
        using var w = Build();
        var mon = new DateOnly(2027, 1, 4);
        Assert.Equal(1, w.Value("M1", "dep", "2027-01-20T00:00", RankWindow.Between(mon, mon)));
        Assert.Equal(7, w.Value("M1", "dep", "2027-01-20T00:00", RankWindow.Between(new DateOnly(2026, 12, 1), new DateOnly(2027, 12, 1))));
        Assert.Equal(5, w.Value("M1", "dep", "2027-01-04T12:00", RankWindow.Between(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31))));
        Assert.Throws<ArgumentException>(() => RankWindow.Between(mon, mon.AddDays(-1)));
    }

    [Fact]
    public void Pace_in_a_short_window_is_measured_against_the_time_inside_it()
    {
        using var w = Trees.Flat("M1").Kpi("mau", KpiAggregation.Latest, 1).Target("M1", "dep", 90).Target("M1", "mau", 100).Build();
        w.Book("M1", "dep", "2027-01-05T09:00", 0.5);
        w.Book("M1", "mau", "2027-01-05T09:00", 60);
        var today = w.Rank(OrgLevel.Manager, "dep", RankBasis.Pace, "2027-01-05T12:00", window: RankWindow.Today);
        Assert.Equal(4.5 / 90, today.TimeProgress, 12);
        Assert.Equal(0.5 / 90, today.PaceReference, 12);                  // half a day of a 90-day campaign
        Assert.Equal((0.5 / 90) - (0.5 / 90), today.Items[0].Pace!.Value, 12); // half a day's share done: on pace

        // A stock figure is a level: compared with where the campaign stands at the window's end.
        var level = w.Rank(OrgLevel.Manager, "mau", RankBasis.Pace, "2027-01-05T12:00", window: RankWindow.Today);
        Assert.Equal(4.5 / 90, level.PaceReference, 12);
        Assert.Equal(0.6 - (4.5 / 90), level.Items[0].Pace!.Value, 12);
    }

    [Fact]
    public void Before_the_start_and_after_the_end()
    {
        using var w = Build();
        var before = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, "2026-12-31T12:00");
        Assert.All(before.Items, i => Assert.Equal(0, i.Value));
        Assert.Equal(0, before.TimeProgress);
        var after = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, "2027-05-01T12:00", window: RankWindow.Today);
        Assert.All(after.Items, i => Assert.Equal(0, i.Value));
        Assert.Equal(7, w.Value("M1", "dep", "2027-05-01T12:00"));
    }
}
