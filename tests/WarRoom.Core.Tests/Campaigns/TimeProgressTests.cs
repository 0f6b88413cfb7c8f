using WarRoom.Core.Campaigns;

namespace WarRoom.Core.Tests.Campaigns;

/// <summary>
/// Time progress and days left over the 2027 campaign (1 Jan – 1 Apr, 90 calendar days, 59 working days);
/// every expected number is counted by hand from <see cref="Calendar2027"/>.
/// </summary>
public sealed class TimeProgressTests
{
    private static readonly Campaign Workdays = Calendar2027.Campaign(ProgressMode.Workdays);
    private static readonly Campaign CalendarDays = Calendar2027.Campaign(ProgressMode.Calendar);

    [Fact]
    public void TheCampaignHas90DaysOf59WorkingDays()
    {
        Assert.Equal(90, Workdays.DayCount);
        Assert.Equal(59, Workdays.DaysLeft(Workdays.Start));
        Assert.Equal(90, CalendarDays.DaysLeft(CalendarDays.Start));
    }

    [Fact]
    public void AtTheFirstInstantNothingHasElapsedAndEverythingIsLeft()
    {
        Assert.Equal(0, Workdays.TimeProgress(Workdays.Start));
        Assert.Equal(0, CalendarDays.TimeProgress(CalendarDays.Start));
    }

    [Fact]
    public void BeforeTheStartProgressIsZeroAndTheWholeCampaignIsLeft()
    {
        var before = new DateTimeOffset(2026, 12, 25, 10, 0, 0, Calendar2027.Offset);

        Assert.Equal((0.0, 59), (Workdays.TimeProgress(before), Workdays.DaysLeft(before)));
        Assert.Equal((0.0, 90), (CalendarDays.TimeProgress(before), CalendarDays.DaysLeft(before)));
    }

    [Fact]
    public void AtTheLastInstantProgressIsJustBelowOneAndTheLastDayIsLeft()
    {
        var last = Workdays.End.AddTicks(-1);
        var tick = TimeSpan.FromTicks(1).TotalDays;

        Assert.Equal((59 - tick) / 59, Workdays.TimeProgress(last), 12);
        Assert.True(Workdays.TimeProgress(last) < 1);
        Assert.Equal(1, Workdays.DaysLeft(last));
        Assert.Equal((90 - tick) / 90, CalendarDays.TimeProgress(last), 12);
        Assert.Equal(1, CalendarDays.DaysLeft(last));
    }

    [Fact]
    public void AtAndAfterTheEndProgressIsOneAndNothingIsLeft()
    {
        var after = Calendar2027.At(4, 15, 9);

        Assert.Equal((1.0, 0), (Workdays.TimeProgress(Workdays.End), Workdays.DaysLeft(Workdays.End)));
        Assert.Equal((1.0, 0), (Workdays.TimeProgress(after), Workdays.DaysLeft(after)));
        Assert.Equal((1.0, 0), (CalendarDays.TimeProgress(after), CalendarDays.DaysLeft(after)));
    }

    [Fact]
    public void NewYearHolidayDoesNotCountInWorkdaysMode()
    {
        // 1–3 January are off: on Monday 4 January at 00:00 no working time has passed, but 3 of 90 calendar days have.
        Assert.Equal(0, Workdays.TimeProgress(Calendar2027.At(1, 4)));
        Assert.Equal(3.0 / 90, CalendarDays.TimeProgress(Calendar2027.At(1, 4)), 12);

        // Tuesday 5 January 09:00: Monday in full plus 9 of Tuesday's 24 hours.
        Assert.Equal((1 + (9.0 / 24)) / 59, Workdays.TimeProgress(Calendar2027.At(1, 5, 9)), 12);
    }

    [Theory]
    [InlineData(2, 5, 0)]
    [InlineData(2, 6, 12)]
    [InlineData(2, 10, 15)]
    [InlineData(2, 13, 23)]
    [InlineData(2, 14, 0)]
    public void ProgressStaysFlatThroughTheSpringFestivalInWorkdaysMode(int month, int day, int hour)
    {
        // Working days before the break: 21 in January, 1–4 February → 25.
        Assert.Equal(25.0 / 59, Workdays.TimeProgress(Calendar2027.At(month, day, hour)), 12);
    }

    [Theory]
    [InlineData(5, 0, 35.0)]
    [InlineData(10, 15, 40.625)]
    [InlineData(14, 0, 44.0)]
    public void ProgressMovesThroughTheSpringFestivalInCalendarMode(int day, int hour, double elapsedDays)
    {
        Assert.Equal(elapsedDays / 90, CalendarDays.TimeProgress(Calendar2027.At(2, day, hour)), 12);
    }

    [Fact]
    public void TheSundayMakeUpDayCountsAsAWorkingDay()
    {
        Assert.Equal(25.5 / 59, Workdays.TimeProgress(Calendar2027.At(2, 14, 12)), 12);
        Assert.True(Workdays.Counts(new DateOnly(2027, 2, 14)));
        Assert.False(Workdays.Counts(new DateOnly(2027, 2, 8)));
        Assert.True(CalendarDays.Counts(new DateOnly(2027, 2, 8)));
    }

    [Theory]
    [InlineData(2, 4, 10, 35)]
    [InlineData(2, 5, 0, 34)]
    [InlineData(2, 10, 15, 34)]
    [InlineData(2, 14, 18, 34)]
    [InlineData(2, 15, 9, 33)]
    [InlineData(3, 31, 9, 1)]
    public void DaysLeftCountWorkingDaysIncludingToday(int month, int day, int hour, int expected)
    {
        // From 14 February: the make-up Sunday, 10 weekdays in February, 23 in March.
        Assert.Equal(expected, Workdays.DaysLeft(Calendar2027.At(month, day, hour)));
    }

    [Theory]
    [InlineData(2, 4, 25 + 31)]
    [InlineData(2, 5, 24 + 31)]
    [InlineData(2, 10, 19 + 31)]
    [InlineData(3, 31, 1)]
    public void DaysLeftCountCalendarDaysIncludingToday(int month, int day, int expected)
    {
        Assert.Equal(expected, CalendarDays.DaysLeft(Calendar2027.At(month, day, 10)));
    }
}
