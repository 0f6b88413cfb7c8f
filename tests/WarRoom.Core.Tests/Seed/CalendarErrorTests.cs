using WarRoom.Core.Seed;

namespace WarRoom.Core.Tests.Seed;

/// <summary>calendar.csv problems; line numbers refer to <see cref="MinimalSeed.Calendar"/>.</summary>
public sealed class CalendarErrorTests
{
    private const string File = SeedFileNames.Calendar;

    [Theory]
    [InlineData("2027-02-05,", "2027-02-30,", 3, "date '2027-02-30' is not a date (yyyy-MM-dd)")]
    [InlineData("2027-02-05,", "5.2.2027,", 3, "date '5.2.2027' is not a date (yyyy-MM-dd)")]
    [InlineData("2027-02-05,", "2027-01-01,", 3, "duplicate date 2027-01-01 (first on line 2)")]
    [InlineData("2027-02-14,workday", "2027-02-15,workday", 4, "2027-02-15 is a Monday: a make-up working day must fall on a weekend")]
    [InlineData("2027-01-01,holiday", "2027-01-01,vacation", 2, "kind 'vacation' must be 'holiday' or 'workday'")]
    [InlineData("make-up working day,true", "make-up working day,yes", 4, "assumed 'yes' must be 'true' or 'false'")]
    [InlineData("date,kind,", "day,kind,", 1, "header must be 'date,kind,name_zh,name_en,assumed', found 'day,kind,name_zh,name_en,assumed'")]
    public void ReportsTheRowsProblem(string find, string replace, int line, string message)
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, find, replace));

        Assert.Equal([new SeedError(File, line, message)], errors);
    }

    [Fact]
    public void HolidaysMayFallOnWeekends()
    {
        var data = MinimalSeed.Load(MinimalSeed.With(File, "2027-02-05,holiday", "2027-02-06,holiday"));

        Assert.False(data.Campaign.Calendar.IsWorkingDay(new DateOnly(2027, 2, 6)));
        Assert.True(data.Campaign.Calendar.IsWorkingDay(new DateOnly(2027, 2, 5)));
    }
}
