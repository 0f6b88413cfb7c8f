using WarRoom.Core.Campaigns;
using WarRoom.Core.History;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.History;

/// <summary>同比 day matching, worked by hand on two ten-day campaigns whose holidays fall differently.</summary>
public class SameWorkingDayTests
{
    // 2027-01-01 is a Friday; weekdays only: working days at 0, 3, 4, 5, 6, 7.
    private static readonly Campaign Y2027 = Campaign("2027-01-01T00:00", "2027-01-11T00:00", WorkCalendar.WeekdaysOnly);

    // 2026-01-01 is a Thursday; 1–2 January off: working days at 4, 5, 6, 7, 8.
    private static readonly Campaign Y2026 = Campaign("2026-01-01T00:00", "2026-01-11T00:00", new WorkCalendar([
        new CalendarDay(new DateOnly(2026, 1, 1), CalendarDayKind.Holiday, "元旦", "New Year", false),
        new CalendarDay(new DateOnly(2026, 1, 2), CalendarDayKind.Holiday, "元旦", "New Year", false)]));

    [Fact]
    public void The_nth_working_day_matches_the_nth_and_days_off_stay_before_the_next_working_day()
    {
        var match = new SameWorkingDay(Y2027, Y2026);

        // Fri W1 → Mon 5 Jan (4); the weekend after it cannot pass Tue 6 Jan (W2), so stays on 4; W2..W5 → 5..8;
        // a sixth working day last year never had → the last day.
        Assert.Equal([4, 4, 4, 5, 6, 7, 8, 9, 9, 9], Enumerable.Range(0, 10).Select(match.DayOf));
    }

    [Fact]
    public void Days_before_the_first_working_day_match_nothing_when_last_year_started_working_at_once()
    {
        var match = new SameWorkingDay(Y2026, Y2027);

        // 1–4 Jan 2026 come before any working day; 2027 worked on its first day, so nothing precedes it.
        Assert.Equal([-1, -1, -1, -1, 0, 3, 4, 5, 6, 6], Enumerable.Range(0, 10).Select(match.DayOf));
    }

    internal static Campaign Campaign(string start, string end, WorkCalendar calendar, TargetTable? targets = null) => new()
    {
        Id = start[..4],
        Name = start[..4] + " 开门红",
        Start = WorldBuilder.At(start),
        End = WorldBuilder.At(end),
        TimeZone = WorldBuilder.Shanghai,
        ProgressMode = ProgressMode.Workdays,
        Kpis = [],
        Calendar = calendar,
        Targets = targets ?? new TargetTable(0, 0),
    };
}
