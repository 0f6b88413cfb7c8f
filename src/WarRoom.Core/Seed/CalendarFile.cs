using System.Globalization;
using WarRoom.Core.Campaigns;

namespace WarRoom.Core.Seed;

/// <summary><c>calendar.csv</c>: date,kind,name_zh,name_en,assumed — public holidays and make-up working days.</summary>
internal static class CalendarFile
{
    public static WorkCalendar Read(ISeedSource source, List<SeedError> errors)
    {
        var table = new SeedTable(SeedFileNames.Calendar, errors);
        var days = new List<CalendarDay>();
        var lines = new Dictionary<DateOnly, int>();
        foreach (var row in table.Rows(source, "date", "kind", "name_zh", "name_en", "assumed"))
        {
            var f = row.Fields;
            if (!DateOnly.TryParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                table.Error(row.Line, $"date '{f[0]}' is not a date (yyyy-MM-dd)");
                continue;
            }

            if (lines.TryGetValue(date, out var first))
            {
                table.Error(row.Line, $"duplicate date {f[0]} (first on line {first})");
                continue;
            }

            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            CalendarDayKind kind;
            switch (f[1])
            {
                case "holiday":
                    kind = CalendarDayKind.Holiday;
                    break;
                case "workday" when !weekend:
                    table.Error(row.Line, $"{f[0]} is a {date.DayOfWeek}: a make-up working day must fall on a weekend");
                    continue;
                case "workday":
                    kind = CalendarDayKind.Workday;
                    break;
                default:
                    table.Error(row.Line, $"kind '{f[1]}' must be 'holiday' or 'workday'");
                    continue;
            }

            if (f[4] is not ("true" or "false"))
            {
                table.Error(row.Line, $"assumed '{f[4]}' must be 'true' or 'false'");
                continue;
            }

            lines[date] = row.Line;
            days.Add(new CalendarDay(date, kind, f[2], f[3], f[4] == "true"));
        }

        return new WorkCalendar(days);
    }
}
