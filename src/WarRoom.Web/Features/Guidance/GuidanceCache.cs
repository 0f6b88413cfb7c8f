using System.Collections.Concurrent;
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
/// shows through <see cref="GuidanceItemDto"/>. Screens read the last report and never wait for a run (ADR 0027).
/// </summary>
public sealed class GuidanceCache(GuidanceGenerator generator, KpiAggregates aggregates, TimeProvider clock, FollowUpBook followUps, OrgTree org, ILogger<GuidanceCache> logger)
{
    /// <summary>How old a report a big screen may show before a fresh one is asked for (see <see cref="Current(TimeSpan)"/>).</summary>
    public static readonly TimeSpan ScreenMaxAge = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private Entry? current;
    private int refreshing;
    private long generation;

    /// <summary>How many reports were computed so far: part of a board's stamp, so a report finished in the background is pushed.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>The report at the business clock's current minute and the aggregates' current version.</summary>
    public GuidanceReport Current() => At(clock.GetUtcNow());

    /// <summary>
    /// For live screens: the cached report, whatever arrived since. When it was computed <paramref name="maxAge"/>
    /// ago or more (real time) a fresh one is computed in the background, and the next push shows it; only before
    /// any report exists does the caller wait for one. A national bank's run takes seconds, and a board payload
    /// must be built in milliseconds (issue 25), so a board never waits for guidance (ADR 0027).
    /// </summary>
    public GuidanceReport Current(TimeSpan maxAge) => Screens(maxAge).Report;

    /// <summary>
    /// The items about <paramref name="scope"/> and below as a command-room screen lists them: worst first across
    /// the scope, a few per branch at the head of the list (<see cref="HelpListOrder"/>). Arranged once per report
    /// and scope: a national bank's HQ list orders ~150,000 items, and every board build and push asks again.
    /// </summary>
    public IReadOnlyList<GuidanceItem> ForScreens(OrgUnit scope) => Screens(ScreenMaxAge).Arranged(scope);

    /// <summary>The API's guidance item with its stable id and its current follow-up.</summary>
    public GuidanceItemDto Describe(GuidanceItem item)
    {
        var dto = GuidanceItemDto.From(item);
        return dto with { FollowUp = followUps.Find(dto.Id) };
    }

    /// <summary>
    /// Per unit of <paramref name="level"/> under <paramref name="scope"/>: the share of its screen report's guidance
    /// taken up and done. Counted once per report, scope, level and follow-up version (a national branch holds
    /// thousands of items, and a carousel board asks for each branch on every build).
    /// </summary>
    public IReadOnlyList<FollowUpShares.Row> FollowUpShares(OrgUnit scope, OrgLevel level) => Screens(ScreenMaxAge).Shares(scope, level, followUps.Version, Count);

    private IReadOnlyList<FollowUpShares.Row> Count(GuidanceReport report, OrgUnit scope, OrgLevel level) =>
        FollowUp.FollowUpShares.Per(report.Within(scope), followUps, org, scope, level);

    /// <summary>The report as it read at a past instant, from the events up to then (not cached: a review asks once).</summary>
    public GuidanceReport AsOf(DateTimeOffset instant) => generator.GenerateAsOf(instant);

    public GuidanceReport At(DateTimeOffset now) => EntryAt(now).Report;

    private Entry Screens(TimeSpan maxAge)
    {
        if (Volatile.Read(ref current) is not { } hit)
        {
            return EntryAt(clock.GetUtcNow());
        }

        if (clock.GetElapsedTime(hit.ComputedAt) >= maxAge && !hit.Matches(aggregates.Version, MinuteOf(clock.GetUtcNow()))
            && Interlocked.CompareExchange(ref refreshing, 1, 0) == 0)
        {
            _ = Task.Run(() => Refresh(hit));
        }

        return hit;
    }

    /// <summary>
    /// A fresh report, published only once the scopes screens read from the last one are arranged and counted in it,
    /// so no build or push waits for that either.
    /// </summary>
    private void Refresh(Entry stale)
    {
        try
        {
            EntryAt(clock.GetUtcNow(), fresh =>
            {
                foreach (var scope in stale.ArrangedScopes)
                {
                    fresh.Arranged(scope);
                }

                foreach (var (scope, level) in stale.CountedScopes)
                {
                    fresh.Shares(scope, level, followUps.Version, Count);
                }
            });
        }
        catch (Exception e)
        {
            // Screens keep the last report; the next look past the age tries again.
            logger.LogError(e, "guidance refresh for screens failed");
        }
        finally
        {
            Volatile.Write(ref refreshing, 0);
        }
    }

    private Entry EntryAt(DateTimeOffset now, Action<Entry>? prepare = null)
    {
        var minute = MinuteOf(now);
        if (Volatile.Read(ref current) is { } hit && hit.Matches(aggregates.Version, minute))
        {
            return hit;
        }

        // One computation at a time: a burst of requests after an event waits for the first instead of repeating it.
        lock (gate)
        {
            if (current is { } again && again.Matches(aggregates.Version, minute))
            {
                return again;
            }

            var report = generator.Generate(minute);
            var entry = new Entry(report.Version, minute, report, clock.GetTimestamp());
            prepare?.Invoke(entry);
            Volatile.Write(ref current, entry);
            Interlocked.Increment(ref generation);
            return entry;
        }
    }

    private static DateTimeOffset MinuteOf(DateTimeOffset now) => new(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);

    /// <summary>Keyed by the version the report was read at: events that landed during the run make it stale at once.</summary>
    private sealed record Entry(long Version, DateTimeOffset Minute, GuidanceReport Report, long ComputedAt)
    {
        private readonly ConcurrentDictionary<OrgUnit, IReadOnlyList<GuidanceItem>> arranged = new();
        private readonly ConcurrentDictionary<(OrgUnit, OrgLevel), (long FollowUps, IReadOnlyList<FollowUpShares.Row> Rows)> shares = new();

        public IEnumerable<OrgUnit> ArrangedScopes => arranged.Keys;

        public IEnumerable<(OrgUnit Scope, OrgLevel Level)> CountedScopes => shares.Keys;

        /// <summary>The follow-up shares of a scope at a level, counted again when the follow-up book moved.</summary>
        public IReadOnlyList<FollowUpShares.Row> Shares(OrgUnit scope, OrgLevel level, long version, Func<GuidanceReport, OrgUnit, OrgLevel, IReadOnlyList<FollowUpShares.Row>> count)
        {
            if (shares.TryGetValue((scope, level), out var hit) && hit.FollowUps == version)
            {
                return hit.Rows;
            }

            var rows = count(Report, scope, level);
            shares[(scope, level)] = (version, rows);
            return rows;
        }

        public bool Matches(long version, DateTimeOffset minute) => Version == version && Minute == minute;

        public IReadOnlyList<GuidanceItem> Arranged(OrgUnit scope) =>
            arranged.GetOrAdd(scope, s => [.. HelpListOrder.Arrange(Report.Within(s), s)]);
    }
}
