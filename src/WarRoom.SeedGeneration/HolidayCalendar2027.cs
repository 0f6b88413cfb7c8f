using WarRoom.Core.Campaigns;

namespace WarRoom.SeedGeneration;

/// <summary>
/// Public holidays and make-up working days (调休) in the first quarter of 2027. The State Council publishes each
/// year's schedule in the autumn before, so every day here is assumed: it follows the rules in force since 2025
/// (seed-data/README.md explains them) and is marked <c>assumed=true</c> until the official notice replaces it.
/// </summary>
internal static class HolidayCalendar2027
{
    public static readonly IReadOnlyList<CalendarDay> Days = Build();

    private static List<CalendarDay> Build()
    {
        var days = new List<CalendarDay>
        {
            // New Year's Day is a Friday: Friday to Sunday off, nothing to make up.
            Holiday(1, 1, "元旦", "New Year's Day"),
            Holiday(1, 2, "元旦假期", "New Year holiday"),
            Holiday(1, 3, "元旦假期", "New Year holiday"),

            // Saturday before the Spring Festival, making up one of the two bridging days (11 and 12 February).
            Workday(1, 30),

            // Statutory days: Eve (Fri 5 Feb) and the first three days of the year (Sat 6 – Mon 8 Feb).
            Holiday(2, 5, "除夕", "Chinese New Year's Eve"),
            Holiday(2, 6, "春节（正月初一）", "Chinese New Year's Day"),
            Holiday(2, 7, "春节（正月初二）", "Spring Festival (2nd day)"),
            Holiday(2, 8, "春节（正月初三）", "Spring Festival (3rd day)"),
        };

        // 9–10 Feb replace the statutory days that fell on the weekend; 11–12 Feb are bridged; 13 Feb is a Saturday.
        for (var day = 9; day <= 13; day++)
        {
            days.Add(Holiday(2, day, "春节假期", "Spring Festival holiday"));
        }

        // Sunday after the break, making up the other bridging day.
        days.Add(Workday(2, 14));
        return days;
    }

    private static CalendarDay Holiday(int month, int day, string zh, string en) =>
        new(new DateOnly(2027, month, day), CalendarDayKind.Holiday, zh, en, Assumed: true);

    private static CalendarDay Workday(int month, int day) =>
        new(new DateOnly(2027, month, day), CalendarDayKind.Workday, "春节调休上班", "Spring Festival make-up working day", Assumed: true);
}
