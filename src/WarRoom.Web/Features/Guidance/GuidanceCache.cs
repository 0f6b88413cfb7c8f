using WarRoom.Core.Aggregates;
using WarRoom.Core.Guidance;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Guidance.FollowUp;

namespace WarRoom.Web.Features.Guidance;

/// <summary>
/// The bank's guidance, computed once per aggregates version and business-clock minute and shared by every request
/// and push. Within a minute time progress moves by about 1/85,000 of the campaign, so evaluating at the start of
/// the minute changes nothing anyone reads, and the report stays byte-identical for everyone asking in it. Every
/// consumer — the API, boards and their pushes, the drill-down, snapshots — asks this cache and maps what it
/// shows through <see cref="GuidanceItemDto"/>.
/// </summary>
public sealed class GuidanceCache(GuidanceGenerator generator, KpiAggregates aggregates, TimeProvider clock, FollowUpBook followUps, OrgTree org)
{
    /// <summary>How old a report a big screen may show (see <see cref="Current(TimeSpan)"/>).</summary>
    public static readonly TimeSpan ScreenMaxAge = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private Entry? current;

    /// <summary>The report at the business clock's current minute and the aggregates' current version.</summary>
    public GuidanceReport Current() => At(clock.GetUtcNow());

    /// <summary>
    /// The cached report if it was computed less than <paramref name="maxAge"/> ago (real time), whatever arrived
    /// since; otherwise <see cref="Current()"/>. For live pushes: under steady traffic every event batch changes the
    /// version, and a screen does not need guidance recomputed more often than every few seconds.
    /// </summary>
    public GuidanceReport Current(TimeSpan maxAge) =>
        Volatile.Read(ref current) is { } hit && clock.GetElapsedTime(hit.ComputedAt) < maxAge ? hit.Report : Current();

    /// <summary>
    /// The items about <paramref name="scope"/> and below as a command-room screen lists them: worst first across
    /// the scope, a few per branch at the head of the list (<see cref="HelpListOrder"/>).
    /// </summary>
    public IEnumerable<GuidanceItem> ForScreens(OrgUnit scope) => HelpListOrder.Arrange(Current(ScreenMaxAge).Within(scope), scope);

    /// <summary>The API's guidance item with its stable id and its current follow-up.</summary>
    public GuidanceItemDto Describe(GuidanceItem item)
    {
        var dto = GuidanceItemDto.From(item);
        return dto with { FollowUp = followUps.Find(dto.Id) };
    }

    /// <summary>Per unit of <paramref name="level"/> under <paramref name="scope"/>: the share of its guidance taken up and done.</summary>
    public IReadOnlyList<FollowUpShares.Row> FollowUpShares(OrgUnit scope, OrgLevel level) => FollowUp.FollowUpShares.Per(this, followUps, org, scope, level);

    /// <summary>The report as it read at a past instant, from the events up to then (not cached: a review asks once).</summary>
    public GuidanceReport AsOf(DateTimeOffset instant) => generator.GenerateAsOf(instant);

    public GuidanceReport At(DateTimeOffset now)
    {
        var minute = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        if (Volatile.Read(ref current) is { } hit && hit.Matches(aggregates.Version, minute))
        {
            return hit.Report;
        }

        // One computation at a time: a burst of requests after an event waits for the first instead of repeating it.
        lock (gate)
        {
            if (current is { } again && again.Matches(aggregates.Version, minute))
            {
                return again.Report;
            }

            var report = generator.Generate(minute);
            Volatile.Write(ref current, new Entry(report.Version, minute, report, clock.GetTimestamp()));
            return report;
        }
    }

    /// <summary>Keyed by the version the report was read at: events that landed during the run make it stale at once.</summary>
    private sealed record Entry(long Version, DateTimeOffset Minute, GuidanceReport Report, long ComputedAt)
    {
        public bool Matches(long version, DateTimeOffset minute) => Version == version && Minute == minute;
    }
}
