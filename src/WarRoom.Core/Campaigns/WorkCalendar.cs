namespace WarRoom.Core.Campaigns;

public enum CalendarDayKind
{
    Holiday,
    Workday,
}

/// <summary>A public holiday or a make-up working day (调休). <see cref="Assumed"/> marks days not yet officially announced.</summary>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string NameZh, string NameEn, bool Assumed);

/// <summary>Working days: Monday to Friday, minus public holidays, plus make-up working days on weekends.</summary>
public sealed class WorkCalendar
{
    private readonly Dictionary<DateOnly, CalendarDay> days;

    public WorkCalendar(IEnumerable<CalendarDay> days)
    {
        this.days = days.ToDictionary(d => d.Date);
    }

    public static WorkCalendar WeekdaysOnly { get; } = new([]);

    public IReadOnlyCollection<CalendarDay> SpecialDays => days.Values;

    public bool IsWorkingDay(DateOnly date)
    {
        if (days.TryGetValue(date, out var special))
        {
            return special.Kind == CalendarDayKind.Workday;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    public CalendarDay? Special(DateOnly date) => days.GetValueOrDefault(date);
}
