using WarRoom.Web.Features.Snapshots.Weekly;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>The weekly slot arithmetic (Monday 08:30 Asia/Shanghai unless configured otherwise).</summary>
public sealed class WeeklyScheduleTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);
    private static readonly WeeklySchedule Schedule = new(DayOfWeek.Monday, new TimeOnly(8, 30), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), TimeSpan.FromHours(12));
    private static readonly DateTimeOffset Slot = new(2027, 2, 22, 8, 30, 0, Cst);

    [Theory]
    [InlineData("2027-02-22T08:30:00+08:00", "2027-02-22T08:30:00+08:00")]
    [InlineData("2027-02-22T08:29:59+08:00", "2027-02-15T08:30:00+08:00")]
    [InlineData("2027-02-21T23:00:00+00:00", "2027-02-15T08:30:00+08:00")]
    [InlineData("2027-02-22T00:30:00+00:00", "2027-02-22T08:30:00+08:00")]
    [InlineData("2027-02-28T23:59:00+08:00", "2027-02-22T08:30:00+08:00")]
    public void The_latest_slot_is_the_last_monday_0830_in_shanghai_at_or_before_now(string now, string latest) =>
        Assert.Equal(DateTimeOffset.Parse(latest), Schedule.LatestAtOrBefore(DateTimeOffset.Parse(now)));

    [Fact]
    public void The_next_slot_is_a_week_after_the_latest()
    {
        Assert.Equal(Slot, Schedule.NextAfter(Slot.AddTicks(-1)));
        Assert.Equal(Slot.AddDays(7), Schedule.NextAfter(Slot));
    }

    [Fact]
    public void A_slot_is_due_from_its_time_until_the_catch_up_window_closes()
    {
        Assert.Null(Schedule.Due(Slot.AddSeconds(-1)));
        Assert.Equal(Slot, Schedule.Due(Slot));
        Assert.Equal(Slot, Schedule.Due(Slot.AddHours(12)));
        Assert.Null(Schedule.Due(Slot.AddHours(12).AddSeconds(1)));
    }

    [Theory]
    [InlineData("2027-02-22T08:30:00+08:00", "2027-W08")]
    [InlineData("2027-01-04T08:30:00+08:00", "2027-W01")]
    [InlineData("2026-12-28T08:30:00+08:00", "2026-W53")]
    public void The_week_is_the_iso_week_of_the_slots_local_date(string slot, string week) =>
        Assert.Equal(week, Schedule.WeekOf(DateTimeOffset.Parse(slot)));
}
