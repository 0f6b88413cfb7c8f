using WarRoom.Core.Campaigns;

namespace WarRoom.Core.Tests.Campaigns;

/// <summary>
/// The assumed Q1 2027 calendar written out by hand (independent of the seed generator): New Year 1–3 January,
/// Spring Festival 5–13 February, make-up working days Saturday 30 January and Sunday 14 February.
/// Working days: January 21, February 15, March 23 — 59 in all; the campaign has 90 calendar days.
/// </summary>
internal static class Calendar2027
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset At(int month, int day, int hour = 0, int minute = 0) => new(2027, month, day, hour, minute, 0, Offset);

    public static WorkCalendar Calendar()
    {
        var days = new List<CalendarDay>();
        for (var d = 1; d <= 3; d++)
        {
            days.Add(new CalendarDay(new DateOnly(2027, 1, d), CalendarDayKind.Holiday, "元旦", "New Year's Day", true));
        }

        for (var d = 5; d <= 13; d++)
        {
            days.Add(new CalendarDay(new DateOnly(2027, 2, d), CalendarDayKind.Holiday, "春节", "Spring Festival", true));
        }

        days.Add(new CalendarDay(new DateOnly(2027, 1, 30), CalendarDayKind.Workday, "春节调休上班", "make-up working day", true));
        days.Add(new CalendarDay(new DateOnly(2027, 2, 14), CalendarDayKind.Workday, "春节调休上班", "make-up working day", true));
        return new WorkCalendar(days);
    }

    public static Campaign Campaign(ProgressMode mode) => new()
    {
        Id = "kmh-2027",
        Name = "2027 开门红",
        Start = At(1, 1),
        End = At(4, 1),
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"),
        ProgressMode = mode,
        Kpis = [],
        Calendar = Calendar(),
        Targets = new TargetTable(0, 0),
    };
}
