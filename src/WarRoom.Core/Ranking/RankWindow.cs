using System.Globalization;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;

namespace WarRoom.Core.Ranking;

public enum RankWindowKind
{
    Campaign,
    Today,
    Week,
    Custom,
}

/// <summary>
/// The days a figure covers: the campaign to date, today (the current local day in the campaign's time zone), this
/// week (Monday of the current ISO week, or the campaign start if later, through now) or local dates
/// <see cref="From"/>..<see cref="To"/> inclusive. Always clipped to the campaign's days and to the day of "now".
/// </summary>
public readonly record struct RankWindow
{
    private readonly DateOnly from;
    private readonly DateOnly to;

    private RankWindow(RankWindowKind kind, DateOnly from, DateOnly to)
    {
        Kind = kind;
        this.from = from;
        this.to = to;
    }

    public static RankWindow CampaignToDate => default;
    public static RankWindow Today => new(RankWindowKind.Today, default, default);
    public static RankWindow ThisWeek => new(RankWindowKind.Week, default, default);

    public RankWindowKind Kind { get; }
    public DateOnly? From => Kind == RankWindowKind.Custom ? from : null;
    public DateOnly? To => Kind == RankWindowKind.Custom ? to : null;

    public static RankWindow Between(DateOnly from, DateOnly to) => to < from
        ? throw new ArgumentException($"window end {to:yyyy-MM-dd} is before its start {from:yyyy-MM-dd}", nameof(to))
        : new RankWindow(RankWindowKind.Custom, from, to);

    /// <summary>"campaign", "today", "week", or "2027-01-04..2027-01-10" for a custom range.</summary>
    public string ToWire() => Kind switch
    {
        RankWindowKind.Campaign => "campaign",
        RankWindowKind.Today => "today",
        RankWindowKind.Week => "week",
        _ => string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}"),
    };

    public override string ToString() => ToWire();

    /// <summary>Reads what <see cref="ToWire"/> writes.</summary>
    public static bool TryParse(string? text, out RankWindow window)
    {
        window = default;
        switch (text)
        {
            case "campaign": return true;
            case "today": window = Today; return true;
            case "week": window = ThisWeek; return true;
        }

        var parts = text?.Split("..") ?? [];
        if (parts.Length == 2
            && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            && from <= to)
        {
            window = Between(from, to);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The day buckets the window covers at <paramref name="horizon"/> and the time progress it spans: the elapsed
    /// share of campaign time inside the window, and time progress at the window's end (or the horizon if earlier).
    /// </summary>
    internal ResolvedWindow Resolve(Campaign campaign, Horizon horizon, Func<DateTimeOffset, double> timeProgress)
    {
        var days = ResolveDays(campaign, horizon);
        if (days.IsEmpty)
        {
            return new ResolvedWindow(DayRange.Empty, 0, 0);
        }

        var start = Max(campaign.Start, campaign.StartOfDay(campaign.DayAt(days.From)));
        var end = Min(horizon.Instant, campaign.StartOfDay(campaign.DayAt(days.To + 1)));
        var atEnd = timeProgress(end);
        var elapsed = end > start ? atEnd - timeProgress(start) : 0;
        return new ResolvedWindow(days, elapsed, atEnd);
    }

    /// <summary>Only the day buckets of <see cref="Resolve"/> (time progress costs a walk over the calendar).</summary>
    internal DayRange ResolveDays(Campaign campaign, Horizon horizon)
    {
        var last = Math.Min(horizon.LastDay, campaign.DayCount - 1);
        var first = Kind switch
        {
            RankWindowKind.Campaign => 0,
            RankWindowKind.Today => horizon.LastDay,
            RankWindowKind.Week => Campaign.WeekStart(campaign.DayAt(horizon.LastDay)).DayNumber - campaign.FirstDay.DayNumber,
            _ => from.DayNumber - campaign.FirstDay.DayNumber,
        };
        if (Kind == RankWindowKind.Custom)
        {
            last = Math.Min(last, to.DayNumber - campaign.FirstDay.DayNumber);
        }

        first = Math.Max(first, 0);
        return first <= last ? new DayRange(first, last) : DayRange.Empty;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

/// <summary>A window resolved at a horizon; see <see cref="RankWindow"/>.</summary>
internal readonly record struct ResolvedWindow(DayRange Days, double ElapsedShare, double ProgressAtEnd);
