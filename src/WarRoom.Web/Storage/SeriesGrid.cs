namespace WarRoom.Web.Storage;

/// <summary>
/// The buckets of a <see cref="SeriesQuery"/>: hours or local days from the bucket that holds From up to To.
/// Both adapters map instants through <see cref="BucketOf"/>, so they agree on bucket edges whatever the
/// database's own alignment rules are.
/// </summary>
public sealed class SeriesGrid
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private readonly SeriesQuery query;
    private readonly DateOnly firstDay;

    public SeriesGrid(SeriesQuery query)
    {
        if (query.Interval != Hour && query.Interval != Day)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Interval, "a series interval is 1 hour or 1 day");
        }

        this.query = query;
        IsDaily = query.Interval == Day;
        var localFrom = TimeZoneInfo.ConvertTime(query.From, query.TimeZone);
        firstDay = DateOnly.FromDateTime(localFrom.DateTime);
        var starts = new List<DateTimeOffset>();
        if (IsDaily)
        {
            for (var day = firstDay; ; day = day.AddDays(1))
            {
                var start = StartOfDay(day);
                if (start >= query.To)
                {
                    break;
                }

                starts.Add(start);
            }
        }
        else
        {
            // Hours are aligned on the local clock, which matters in zones whose offset is not whole hours.
            var floored = localFrom.AddTicks(-(localFrom.Ticks % Hour.Ticks));
            for (var start = floored; start < query.To; start += Hour)
            {
                starts.Add(TimeZoneInfo.ConvertTime(start, query.TimeZone));
            }
        }

        Starts = starts;
        FirstStartMs = starts.Count > 0 ? starts[0].ToUnixTimeMilliseconds() : query.From.ToUnixTimeMilliseconds();
    }

    public bool IsDaily { get; }

    public IReadOnlyList<DateTimeOffset> Starts { get; }

    public int Count => Starts.Count;

    /// <summary>Unix milliseconds of the first bucket's start: events before it only feed the opening value.</summary>
    public long FirstStartMs { get; }

    /// <summary>The bucket holding an instant: -1 before the first bucket, <see cref="Count"/> or more after the last.</summary>
    public int BucketOf(long unixMs)
    {
        if (unixMs < FirstStartMs)
        {
            return -1;
        }

        if (!IsDaily)
        {
            return (int)Math.Min((unixMs - FirstStartMs) / (long)Hour.TotalMilliseconds, int.MaxValue);
        }

        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(unixMs), query.TimeZone);
        return DateOnly.FromDateTime(local.DateTime).DayNumber - firstDay.DayNumber;
    }

    public IReadOnlyList<SeriesPoint> ToPoints(double[] levels)
    {
        var points = new SeriesPoint[Count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new SeriesPoint(Starts[i], levels[i]);
        }

        return points;
    }

    private DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, query.TimeZone.GetUtcOffset(local));
    }
}
