using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>
/// Spring Festival 2027 (CNY is Saturday 6 Feb) with an assumed schedule: 1 Jan off; 5–13 Feb off; make-up working
/// days Sunday 31 Jan and Saturday 20 Feb. Working days by hand: January 21 weekdays − 1 Jan + 31 Jan = 21;
/// February 20 weekdays − 6 (5, 8–12 Feb) + 20 Feb = 15; March 23 → 59. Before 5 Feb: 21 + 4 (1–4 Feb) = 25.
/// </summary>
public class WorkingDayProgressTests
{
    private static WorkCalendar SpringFestival2027()
    {
        var days = new List<CalendarDay>
        {
            new(new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "元旦", "New Year's Day", true),
            new(new DateOnly(2027, 1, 31), CalendarDayKind.Workday, "春节调休", "Spring Festival make-up day", true),
            new(new DateOnly(2027, 2, 20), CalendarDayKind.Workday, "春节调休", "Spring Festival make-up day", true),
        };
        for (var d = new DateOnly(2027, 2, 5); d <= new DateOnly(2027, 2, 13); d = d.AddDays(1))
        {
            days.Add(new CalendarDay(d, CalendarDayKind.Holiday, "春节", "Spring Festival", true));
        }

        return new WorkCalendar(days);
    }

    private static World Build(ProgressMode mode)
    {
        var builder = Trees.Flat("M1", "M2").Target("M1", "dep", 100).Target("M2", "dep", 100);
        builder.ProgressMode = mode;
        builder.Calendar = SpringFestival2027();
        var w = builder.Build();
        w.Book("M1", "dep", "2027-02-03T10:00", 45);
        w.Book("M2", "dep", "2027-02-03T10:00", 40);
        return w;
    }

    [Fact]
    public void During_the_holiday_working_day_progress_stands_still()
    {
        using var w = Build(ProgressMode.Workdays);
        foreach (var now in new[] { "2027-02-05T00:00", "2027-02-10T12:00", "2027-02-14T23:59", "2027-02-15T00:00" })
        {
            var r = w.Rank(OrgLevel.Manager, "dep", RankBasis.Pace, now);
            Assert.Equal(25.0 / 59, r.TimeProgress, 12);
            Assert.Equal(0.45 - (25.0 / 59), r.Items[0].Pace!.Value, 12); // M1 is ahead: +0.026
        }

        Assert.Equal(25.5 / 59, w.Rank(OrgLevel.Manager, "dep", RankBasis.Pace, "2027-02-15T12:00").TimeProgress, 12);
        Assert.Equal(0, w.Rank(OrgLevel.Manager, "dep", RankBasis.Pace, "2027-02-10T12:00", window: RankWindow.Today).PaceReference);
    }

    [Fact]
    public void In_calendar_days_the_same_figure_looks_behind()
    {
        using var w = Build(ProgressMode.Calendar);
        var r = w.Rank(OrgLevel.Manager, "dep", RankBasis.Pace, "2027-02-10T12:00");
        Assert.Equal(40.5 / 90, r.TimeProgress, 12);
        Assert.Equal(0.45 - 0.45, r.Items[0].Pace!.Value, 12);
        Assert.Equal(0.40 - 0.45, r.Items[1].Pace!.Value, 12);
    }
}
