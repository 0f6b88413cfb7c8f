using WarRoom.Core.Events;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>
/// Random small trees and event streams (out-of-order <c>latest</c> readings, equal times, bookings on inner units,
/// negative values, events outside the campaign), applied in random chunkings and in random parts, the same queries
/// checked after each part, so that late events land on days whose previous-close rankings are already cached (and
/// are re-keyed one by one or merged at once, or rebuilt when the patch limit is small). Every ranking and unit detail
/// must equal the brute force's exactly, rank changes included. Seeded: a failure names its seed.
/// </summary>
public class RankingPropertyTests
{
    private const int Cases = 150;
    private const int QueriesPerInstant = 40;

    private static readonly OrgLevel[] Levels = [OrgLevel.Branch, OrgLevel.SubBranch, OrgLevel.Manager];
    private static readonly string[] Metrics = ["s1", "s2", "l1", "x", RankingQuery.Composite];

    [Fact]
    public void Rankings_and_details_equal_a_brute_force_recomputation()
    {
        var seen = new Coverage();
        for (var seed = 1; seed <= Cases; seed++)
        {
            var r = new Random(seed);
            using var w = RandomWorlds.Tree(r);
            w.Ranker.PatchLimit = r.Next(3) == 0 ? r.Next(0, 4) : 256;
            w.Ranker.RekeyOneByOne = r.Next(2) == 0 ? r.Next(0, 3) : 64; // many units merged at once, or one by one
            var events = RandomWorlds.Events(r, w);
            var instants = Enumerable.Range(0, 3).Select(_ => Instant(r, w)).ToList();
            var queries = Enumerable.Range(0, QueriesPerInstant).Select(_ => Query(r, w)).ToList();

            // The same queries after each part: cached previous closes meet the late events of the next part.
            var applied = 0;
            for (var part = 1; applied < events.Count || part == 1; part++)
            {
                var n = applied == events.Count ? 0 : r.Next(1, events.Count - applied + 1);
                Apply(r, w, events[applied..(applied + n)]);
                applied += n;
                Check(r, w, events[..applied], instants, queries, $"seed {seed}, part {part}, first {applied} of {events.Count} events", seen);
            }

            var counters = w.Aggregates.Counters;
            seen.Superseded += counters.Superseded;
            seen.Outside += counters.IgnoredOutsideCampaign;
        }

        // Guards the generator: agreement on cases that never arise would prove nothing.
        Assert.True(seen.Moved > 100 && seen.Ties > 100 && seen.Untargeted > 100 && seen.TodayValues > 100
            && seen.Superseded > 10 && seen.Outside > 10, seen.ToString());
    }

    private sealed record Coverage
    {
        public int Moved { get; set; }
        public int Ties { get; set; }
        public int Untargeted { get; set; }
        public int TodayValues { get; set; }
        public long Superseded { get; set; }
        public long Outside { get; set; }

        public void Count(RankingResult result)
        {
            for (var i = 0; i < result.Items.Count; i++)
            {
                var item = result.Items[i];
                Moved += item.RankChange is not (null or 0) ? 1 : 0;
                Ties += i > 0 && result.Items[i - 1].Rank == item.Rank ? 1 : 0;
                Untargeted += item.Completion is null && result.Query.Basis != RankBasis.Value ? 1 : 0;
                TodayValues += result.Query.Window == RankWindow.Today && item.Value is not (null or 0) ? 1 : 0;
            }
        }
    }

    private static void Apply(Random r, World w, List<EventRecord> events)
    {
        var span = events.ToArray().AsSpan();
        while (!span.IsEmpty)
        {
            var n = Math.Min(span.Length, r.Next(3) == 0 ? 1 : r.Next(1, 700));
            w.Aggregates.Apply(span[..n]);
            span = span[n..];
        }
    }

    private static void Check(Random r, World w, List<EventRecord> events, List<DateTimeOffset> instants, List<RankingQuery> queries, string context, Coverage seen)
    {
        var brute = new BruteForce(w.Tree, w.Catalog, w.Campaign, events);
        foreach (var now in instants)
        {
            foreach (var q in queries)
            {
                var expected = brute.Expected(q, now);
                var result = w.Ranker.Rank(q, now);
                seen.Count(result);
                var actual = Render(result);
                Assert.True(expected == actual,
                    $"{context}, now {now:O}, {q.Level} {q.Metric} {q.Basis} {q.Window} scope {q.Scope.Code} peer {q.PeerGroup} top {q.Top}\nexpected:\n{expected}\nactual:\n{actual}");
            }

            foreach (var unit in w.Tree.Units.OrderBy(_ => r.Next()).Take(4))
            {
                var expected = brute.ExpectedDetail(unit, now);
                var actual = BruteForceDetail.Actual(w.Ranker.Detail(unit, now));
                Assert.True(expected == actual, $"{context}, now {now:O}, detail of {unit.Code}\nexpected:\n{expected}\nactual:\n{actual}");
            }
        }
    }

    private static string Render(RankingResult result) => BruteForceRanking.Format(result.Total, result.TimeProgress, result.PaceReference,
        result.Items.Select(i => BruteForceRanking.Row(i.Rank, i.Unit.Code, i.Value, i.Target, i.Completion, i.Pace, i.Score, i.RankChange)));

    private static RankingQuery Query(Random r, World w)
    {
        var first = w.Campaign.FirstDay;
        var from = first.AddDays(r.Next(-2, 20));
        var window = r.Next(4) switch
        {
            0 => RankWindow.CampaignToDate,
            1 => RankWindow.Today,
            2 => RankWindow.ThisWeek,
            _ => RankWindow.Between(from, from.AddDays(r.Next(0, 8))),
        };
        var scope = r.Next(2) == 0 ? w.Tree.Root : w.Tree[r.Next(w.Tree.Count)];
        string? peer = r.Next(4) switch { 0 => "A", 1 => "B", _ => null };
        int? top = r.Next(3) == 0 ? r.Next(0, 6) : null;
        return new RankingQuery(Levels[r.Next(Levels.Length)], Metrics[r.Next(Metrics.Length)], (RankBasis)r.Next(3), scope, window, top, peer);
    }

    /// <summary>From a day before the start to a day after the end; often exactly at a local midnight.</summary>
    private static DateTimeOffset Instant(Random r, World w)
    {
        var day = w.Campaign.FirstDay.AddDays(r.Next(-1, w.Campaign.DayCount + 1));
        var midnight = w.Campaign.StartOfDay(day);
        return r.Next(3) == 0 ? midnight : midnight.AddMinutes(r.Next(24 * 60));
    }
}
