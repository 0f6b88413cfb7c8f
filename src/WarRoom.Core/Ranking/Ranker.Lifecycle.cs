using WarRoom.Core.Aggregates;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Ranking;

public sealed partial class Ranker
{
    /// <summary>
    /// How many units of <paramref name="level"/> inside <paramref name="scope"/> stand in each lifecycle stage
    /// (indexed by <see cref="LifecycleStage"/>): <see cref="Lifecycle.Of"/> of the completion and pace a
    /// campaign-to-date ranking by completion gives each unit, read straight. A board only counts units per stage; a
    /// ranking would also sort 100,000 managers, rank them at the previous close and read 同比 for nothing (issue 25).
    /// Throws <see cref="ArgumentException"/> as <see cref="Rank(RankingQuery, DateTimeOffset)"/> does.
    /// </summary>
    public int[] LifecycleCounts(OrgLevel level, string metric, OrgUnit scope, DateTimeOffset now)
    {
        var kpi = ResolveMetric(metric);
        aggregates.CheckOwned(scope);
        if (aggregates.Tree.Levels.Count <= level.Depth || aggregates.Tree.Levels[level.Depth] != level)
        {
            throw new ArgumentException($"level {level} is not one of this tree's ({aggregates.Tree.Levels.Describe()})", nameof(level));
        }

        var campaign = aggregates.Campaign;
        var window = RankWindow.CampaignToDate.Resolve(campaign, Horizon.At(campaign, now), timeProgress.At);
        var paceReference = PaceReference(kpi, window);
        var (start, end) = levels.Range(level, scope);
        var units = levels.Units(level);

        // One read lock for the lot, no row object and no time-zone conversion per unit: profiled at 100,000
        // managers, this loop was most of the customers board, spent on a read lock, a local date, an OrgUnit and a
        // RankingItem per unit. A unit's quiet working days depend only on the campaign day of its last event.
        var quietAfter = new int?[campaign.DayCount];
        var neverBooked = Lifecycle.QuietWorkingDays(campaign, null, now);
        var counts = new int[Lifecycle.Stages.Count];
        using var _ = aggregates.Read();
        var reader = new MetricReader(aggregates, kpi, RankBasis.Completion, window.Days);
        for (var i = start; i < end; i++)
        {
            var u = units[i];
            var day = aggregates.LastEventDayUnderLock(u);
            var quiet = day < 0 ? neverBooked : quietAfter[day] ??= Lifecycle.QuietWorkingDays(campaign, campaign.StartOfDay(campaign.DayAt(day)), now);
            double? completion = reader.Completion(u) is var c && !double.IsNaN(c) ? c : null;
            counts[(int)Lifecycle.Of(completion, completion - paceReference, quiet, campaign.Guidance.InactiveWorkingDays)]++;
        }

        return counts;
    }

    /// <summary>What a row's pace is measured against (<see cref="RankingResult.PaceReference"/>); a null KPI is the composite.</summary>
    private static double PaceReference(Kpi? kpi, ResolvedWindow window) => kpi switch
    {
        { IsLevel: true } => 1.0,
        { Aggregation: KpiAggregation.Latest } => window.ProgressAtEnd,
        _ => window.ElapsedShare,
    };
}
