using System.Buffers;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Ranking;

/// <summary>
/// Rankings and unit detail over one campaign's <see cref="KpiAggregates"/>, evaluated at an explicit instant (the
/// host passes its TimeProvider's now). Thread-safe; keep one per aggregates so the previous-close cache is shared.
/// </summary>
public sealed partial class Ranker
{
    private readonly KpiAggregates aggregates;
    private readonly LevelIndex levels;
    private readonly PreviousCloseCache previousClose = new();
    private readonly TimeProgressMemo timeProgress;
    private readonly Forecasting.RecentDays recentDays;
    private readonly double countedDays;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, ForecastRates> forecastRates = new();

    public Ranker(KpiAggregates aggregates)
    {
        this.aggregates = aggregates;
        levels = new LevelIndex(aggregates.Tree);
        timeProgress = new TimeProgressMemo(aggregates.Campaign);
        recentDays = new Forecasting.RecentDays(aggregates.Campaign);
        countedDays = aggregates.Campaign.CountedDays();
    }

    public KpiAggregates Aggregates => aggregates;

    /// <summary>
    /// Ranks every unit of the query's level inside its scope (and peer group). Ties share a rank (1, 2, 2, 4) and
    /// are listed by unit code; units without a target come last when ranking on completion or pace (or a
    /// composite with no target at all). Throws <see cref="ArgumentException"/> for an unknown metric, a scope
    /// from another tree or a negative top.
    /// </summary>
    public RankingResult Rank(RankingQuery query, DateTimeOffset now) => Rank(query, now, asOf: false);

    /// <summary>
    /// The ranking as it stood at <paramref name="asOf"/>: only events with a time up to that instant (a live
    /// ranking counts the whole of today), time progress then, rank change against the close before it.
    /// </summary>
    public RankingResult RankAsOf(RankingQuery query, DateTimeOffset asOf) => Rank(query, asOf, asOf: true);

    private RankingResult Rank(RankingQuery query, DateTimeOffset now, bool asOf)
    {
        var kpi = ResolveMetric(query.Metric);
        aggregates.CheckOwned(query.Scope);
        if (aggregates.Tree.Levels.Count <= query.Level.Depth || aggregates.Tree.Levels[query.Level.Depth] != query.Level)
        {
            throw new ArgumentException($"level {query.Level} is not one of this tree's ({aggregates.Tree.Levels.Describe()})", nameof(query));
        }

        if (query.Top is < 0)
        {
            throw new ArgumentException($"top must not be negative (got {query.Top})", nameof(query));
        }

        if (query.Tag is { } tag && (TagFilter.Problem(kpi, query.Basis, query.Window, asOf)
            ?? (aggregates.Owns(tag.Dimension) ? null : $"dimension {tag.Dimension.Code} is not these aggregates'")
            ?? (aggregates.KeepsTags(query.Window, now) ? null : $"the figures by tag over {query.Window} are no longer kept")) is { } problem)
        {
            throw new ArgumentException(problem, nameof(query));
        }

        var campaign = aggregates.Campaign;
        var progress = timeProgress.At(now);
        var window = query.Window.Resolve(campaign, Horizon.At(campaign, now), timeProgress.At);
        var previous = Horizon.PreviousClose(campaign, now);
        var paceReference = PaceReference(kpi, window);
        var (start, end) = levels.Range(query.Level, query.Scope);
        var peer = levels.PeerFilter(query.PeerGroup);
        var asked = System.Diagnostics.Stopwatch.GetTimestamp();
        using var _ = aggregates.Read();
        var lockWait = System.Diagnostics.Stopwatch.GetElapsedTime(asked);
        var cut = asOf ? aggregates.CutAt(now) : null;
        var reader = new MetricReader(aggregates, kpi, query.Basis, window.Days, cut, query.Tag, query.Window.Kind == RankWindowKind.Campaign);
        var selection = Select(reader, query, window.Days, start, end, peer, live: cut is null);
        RankEntry[]? buffer = null;
        try
        {
            int total;
            ReadOnlySpan<RankEntry> top;
            if (selection is not null)
            {
                total = selection.Total;
                top = selection.Top.AsSpan(0, Math.Min(query.Top ?? total, total));
            }
            else
            {
                buffer = ArrayPool<RankEntry>.Shared.Rent(Math.Max(end - start, 1));
                total = Collect(reader, query.Level, start, end, peer, buffer);
                var entries = buffer.AsSpan(0, total);
                RankSelection.SelectTop(entries, Math.Min(query.Top ?? total, total));
                top = entries[..Math.Min(query.Top ?? total, total)];
            }

            var take = top.Length;
            var ranks = take <= 256 ? stackalloc int[take] : new int[take];
            RankSelection.Ranks(top, ranks);
            // The close before keeps no figures by tag, so a tagged ranking shows no movement (nor forecast, nor 同比).
            var before = previous is { } close && query.Tag is null ? PreviousRanks(query, kpi, close, start, end, peer, top) : null;
            var items = new RankingItem[take];
            for (var i = 0; i < take; i++)
            {
                var unit = top[i].Unit;
                int? change = before is null ? null : before[i] - ranks[i];
                items[i] = reader.Item(aggregates.Tree[unit], ranks[i], change, paceReference);
            }

            if (query.Tag is null)
            {
                if (query.Forecast)
                {
                    AddForecasts(items, kpi, Horizon.At(campaign, now), progress, cut);
                }

                AddLastYear(items, kpi, window.Days);
            }

            return new RankingResult(query, now, aggregates.VersionUnderLock, progress, paceReference, total, items, lockWait);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<RankEntry>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>The KPI of a metric, or null for the composite.</summary>
    private Kpi? ResolveMetric(string metric)
    {
        if (metric == RankingQuery.Composite)
        {
            return null;
        }

        return aggregates.Catalog.Find(metric)
            ?? throw new ArgumentException($"unknown metric '{metric}': a KPI code or '{RankingQuery.Composite}'", nameof(metric));
    }
}
