using WarRoom.Core.Campaigns;
using WarRoom.Core.Seed;
using WarRoom.SeedGeneration;

namespace WarRoom.SeedGeneration.Tests;

/// <summary>The assumed Q1 2027 holiday calendar and the rules it was built by (seed-data/README.md).</summary>
public sealed class GeneratedCalendarTests
{
    private static readonly Campaign Campaign = SeedLoader.Load(new InMemorySeedSource(SeedGenerator.Generate(new SeedGeneratorOptions { Managers = 100 }))).Campaign;

    [Fact]
    public void EveryDayIsMarkedAssumed()
    {
        Assert.All(Campaign.Calendar.SpecialDays, d => Assert.True(d.Assumed, d.Date.ToString()));
    }

    [Fact]
    public void SpringFestivalIsANineDayBreakAroundTheFourStatutoryDays()
    {
        var off = Enumerable.Range(0, 9).Select(i => new DateOnly(2027, 2, 5).AddDays(i)).ToList();

        Assert.All(off, d => Assert.False(Campaign.Calendar.IsWorkingDay(d), d.ToString()));
        Assert.True(Campaign.Calendar.IsWorkingDay(new DateOnly(2027, 2, 4)));
        Assert.True(Campaign.Calendar.IsWorkingDay(new DateOnly(2027, 2, 14)));
        Assert.Equal("除夕", Campaign.Calendar.Special(new DateOnly(2027, 2, 5))!.NameZh);
    }

    [Fact]
    public void MakeUpWorkingDaysAreWeekendsAndMatchTheBridgedWeekdays()
    {
        var makeUp = Campaign.Calendar.SpecialDays.Where(d => d.Kind == CalendarDayKind.Workday).Select(d => d.Date).Order().ToList();
        var holidays = Campaign.Calendar.SpecialDays.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date).ToList();
        var statutory = new[] { new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 7), new DateOnly(2027, 2, 8) };
        var weekdaysOff = holidays.Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

        Assert.Equal([new DateOnly(2027, 1, 30), new DateOnly(2027, 2, 14)], makeUp);

        // Weekdays off = statutory days + substitutes for statutory days on a weekend + bridged days (made up).
        var statutoryOnWeekend = statutory.Count(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        var statutoryOnWeekdays = statutory.Length - statutoryOnWeekend;
        Assert.Equal(statutoryOnWeekdays + statutoryOnWeekend + makeUp.Count, weekdaysOff);
    }

    [Fact]
    public void NobodyWorksMoreThanSixDaysInARow()
    {
        var run = 0;
        for (var d = new DateOnly(2026, 12, 28); d <= new DateOnly(2027, 3, 31); d = d.AddDays(1))
        {
            run = Campaign.Calendar.IsWorkingDay(d) ? run + 1 : 0;
            Assert.True(run <= 6, $"{d} is working day {run} in a row");
        }
    }

    [Fact]
    public void TheCampaignHas59WorkingDays()
    {
        Assert.Equal(59, Campaign.DaysLeft(Campaign.Start));
        Assert.Equal(90, Campaign.DayCount);
    }
}
