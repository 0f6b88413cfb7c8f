using WarRoom.Core.Campaigns;

namespace WarRoom.SeedGeneration;

/// <summary>
/// Public holidays and make-up working days (调休) of the first quarter of 2026, last year's 开门红, as the State
/// Council published them (国办发明电〔2025〕7号), so <c>assumed=false</c>: 元旦 1–3 January with Sunday 4 January
/// worked; 春节 15–23 February (nine days) with Saturdays 14 and 28 February worked.
/// </summary>
internal static class HolidayCalendar2026
{
    public static readonly IReadOnlyList<CalendarDay> Days = Build();

    private static List<CalendarDay> Build()
    {
        var days = new List<CalendarDay>
        {
            Holiday(1, 1, "元旦", "New Year's Day"),
            Holiday(1, 2, "元旦假期", "New Year holiday"),
            Holiday(1, 3, "元旦假期", "New Year holiday"),
            Workday(1, 4, "元旦调休上班", "New Year make-up working day"),
            Workday(2, 14, "春节调休上班", "Spring Festival make-up working day"),
            Holiday(2, 15, "春节假期", "Spring Festival holiday"),
            Holiday(2, 16, "除夕", "Chinese New Year's Eve"),
            Holiday(2, 17, "春节（正月初一）", "Chinese New Year's Day"),
            Holiday(2, 18, "春节（正月初二）", "Spring Festival (2nd day)"),
            Holiday(2, 19, "春节（正月初三）", "Spring Festival (3rd day)"),
        };

        for (var day = 20; day <= 23; day++)
        {
            days.Add(Holiday(2, day, "春节假期", "Spring Festival holiday"));
        }

        days.Add(Workday(2, 28, "春节调休上班", "Spring Festival make-up working day"));
        return days;
    }

    private static CalendarDay Holiday(int month, int day, string zh, string en) =>
        new(new DateOnly(2026, month, day), CalendarDayKind.Holiday, zh, en, Assumed: false);

    private static CalendarDay Workday(int month, int day, string zh, string en) =>
        new(new DateOnly(2026, month, day), CalendarDayKind.Workday, zh, en, Assumed: false);
}
