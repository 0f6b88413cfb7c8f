using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>
/// The oracle of <see cref="Ranker.LifecycleCounts"/>: on random trees of 3 to 6 levels, for every level, scope and
/// metric (the composite and each KPI), the counts per stage read straight are those the lifecycle widget got before
/// from a campaign-to-date ranking by completion, at instants before, inside and after the campaign.
/// </summary>
public sealed class LifecycleCountTests
{
    [Fact]
    public void Straight_counts_are_the_stages_of_the_ranking_by_completion()
    {
        var compared = 0;
        for (var seed = 0; seed < 30; seed++)
        {
            var r = new Random(2000 + seed);
            using var w = SiblingRankTests.DeepWorld(r, depth: 3 + (seed % 4));
            var events = SiblingRankTests.Events(r, w);
            w.Aggregates.Apply(events[..(events.Length / 2)]);
            var instants = new[] { w.Campaign.Start.AddHours(5), w.Campaign.Start.AddDays(3).AddHours(10), w.Campaign.End.AddDays(-1), w.Campaign.End.AddDays(2) };
            foreach (var now in instants)
            {
                compared += Check(w, now, $"seed {seed}, {now:O}");
            }

            w.Aggregates.Apply(events[(events.Length / 2)..]);
            compared += Check(w, instants[2], $"seed {seed} after late events");
        }

        Assert.True(compared > 1000, $"only {compared} comparisons");
    }

    private static int Check(World w, DateTimeOffset now, string because)
    {
        var compared = 0;
        var metrics = w.Catalog.All.Select(k => k.Code).Prepend(RankingQuery.Composite).ToList();
        foreach (var level in w.Tree.Levels.BelowRoot)
        {
            foreach (var scope in w.Tree.Units.Where(u => u.Level.Depth < level.Depth).Take(4))
            {
                foreach (var metric in metrics)
                {
                    var expected = ByRanking(w.Ranker, level, metric, scope, now);
                    var actual = w.Ranker.LifecycleCounts(level, metric, scope, now);
                    Assert.True(expected.SequenceEqual(actual), $"{because}: {level} {metric} under {scope.Code}: [{string.Join(",", expected)}] vs [{string.Join(",", actual)}]");
                    compared++;
                }
            }
        }

        return compared;
    }

    /// <summary>What the lifecycle widget counted before: every row of the ranking, placed by <see cref="Lifecycle.Of"/>.</summary>
    internal static int[] ByRanking(Ranker ranker, OrgLevel level, string metric, OrgUnit scope, DateTimeOffset now)
    {
        var campaign = ranker.Aggregates.Campaign;
        var result = ranker.Rank(new RankingQuery(level, metric, RankBasis.Completion, scope, RankWindow.CampaignToDate), now);
        var counts = new int[Lifecycle.Stages.Count];
        foreach (var item in result.Items)
        {
            var quiet = Lifecycle.QuietWorkingDays(campaign, ranker.Aggregates.LastEventTime(item.Unit), now);
            counts[(int)Lifecycle.Of(item.Completion, item.Pace, quiet, campaign.Guidance.InactiveWorkingDays)]++;
        }

        return counts;
    }
}
