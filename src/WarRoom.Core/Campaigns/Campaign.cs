using WarRoom.Core.Kpis;

namespace WarRoom.Core.Campaigns;

/// <summary>
/// A campaign such as "2027 开门红": its window [Start, End), time zone, KPIs with weights, targets and the
/// working-day calendar. All day arithmetic happens on local dates in <see cref="TimeZone"/>.
/// </summary>
public sealed class Campaign
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public required TimeZoneInfo TimeZone { get; init; }
    public required ProgressMode ProgressMode { get; init; }
    public double ScoreCap { get; init; } = 1.5;
    public required IReadOnlyList<CampaignKpi> Kpis { get; init; }
    public required WorkCalendar Calendar { get; init; }
    public required TargetTable Targets { get; init; }
    public GuidanceSettings Guidance { get; init; } = new();

    /// <summary>Local date of the first campaign day.</summary>
    public DateOnly FirstDay => LocalDate(Start);

    /// <summary>Number of local days the campaign touches (its day buckets).</summary>
    public int DayCount => LocalDate(End.AddTicks(-1)).DayNumber - FirstDay.DayNumber + 1;

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>The same instant written with the campaign time zone's offset (what the API shows).</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(TimeZone.GetUtcOffset(instant));

    public DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>Day bucket of an instant: 0 for the first campaign day; may be negative or ≥ DayCount outside.</summary>
    public int DayIndex(DateTimeOffset instant) => LocalDate(instant).DayNumber - FirstDay.DayNumber;

    public DateOnly DayAt(int dayIndex) => FirstDay.AddDays(dayIndex);

    /// <summary>The instant local midnight starts <paramref name="date"/>.</summary>
    public DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    /// <summary>Monday of the ISO week that holds <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public double? WeightOf(Kpi kpi)
    {
        foreach (var k in Kpis)
        {
            if (k.Kpi == kpi)
            {
                return k.Weight;
            }
        }

        return null;
    }

    /// <summary>Elapsed share of the campaign at <paramref name="now"/>, clamped to [0, 1], in the progress mode.</summary>
    public double TimeProgress(DateTimeOffset now)
    {
        if (now <= Start)
        {
            return 0;
        }

        if (now >= End)
        {
            return 1;
        }

        var total = CountedTime(End);
        return total <= 0 ? 1 : Math.Clamp(CountedTime(now) / total, 0, 1);
    }

    /// <summary>
    /// Days still to run at <paramref name="now"/>, counting today when it counts in the progress mode:
    /// on the campaign's last day this is 1, after the end 0, before the start the whole campaign.
    /// </summary>
    public int DaysLeft(DateTimeOffset now) => DaysLeft(now, ProgressMode);

    /// <summary>Days still to run counted in <paramref name="mode"/>: a board shows working days and calendar days side by side.</summary>
    public int DaysLeft(DateTimeOffset now, ProgressMode mode)
    {
        if (now >= End)
        {
            return 0;
        }

        var from = LocalDate(now < Start ? Start : now);
        var last = LocalDate(End.AddTicks(-1));
        var count = 0;
        for (var d = from; d <= last; d = d.AddDays(1))
        {
            if (mode == ProgressMode.Calendar || Calendar.IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The campaign's length in counted days (working days, or calendar days in calendar mode).</summary>
    public double CountedDays() => CountedTime(End);

    /// <summary>Whether a local day counts toward progress in this campaign's mode.</summary>
    public bool Counts(DateOnly date) => ProgressMode == ProgressMode.Calendar || Calendar.IsWorkingDay(date);

    /// <summary>Counted days (fractional) between Start and <paramref name="until"/>.</summary>
    private double CountedTime(DateTimeOffset until)
    {
        if (ProgressMode == ProgressMode.Calendar)
        {
            return (until - Start).TotalDays;
        }

        double total = 0;
        for (var d = LocalDate(Start); ; d = d.AddDays(1))
        {
            var dayStart = StartOfDay(d);
            if (dayStart >= until)
            {
                break;
            }

            if (!Calendar.IsWorkingDay(d))
            {
                continue;
            }

            var dayEnd = StartOfDay(d.AddDays(1));
            var from = dayStart < Start ? Start : dayStart;
            var to = dayEnd < until ? dayEnd : until;
            if (to > from)
            {
                total += (to - from).TotalSeconds / (dayEnd - dayStart).TotalSeconds;
            }
        }

        return total;
    }
}
