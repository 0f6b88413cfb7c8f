using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>
/// A ranker that keeps each live ranking's top entries per aggregates version (issue 25: collecting 100,000 keys was
/// most of a request) ranks exactly as a fresh ranker does: while the version stands, for shorter and longer tops,
/// other instants and days, bases, windows and peer groups, and after every part of the events lands (early and late
/// in the campaign, in any order). Seeded: a failure names its seed.
/// </summary>
public class SelectionReuseTests
{
    private static readonly OrgLevel[] Levels = [OrgLevel.Branch, OrgLevel.SubBranch, OrgLevel.Manager];
    private static readonly string[] Metrics = ["s1", "s2", "l1", "x", RankingQuery.Composite];
    private static readonly RankBasis[] Bases = [RankBasis.Value, RankBasis.Completion, RankBasis.Pace];
    private static readonly RankWindow[] Windows = [RankWindow.CampaignToDate, RankWindow.Today, RankWindow.ThisWeek];

    [Fact]
    public void Kept_selections_rank_as_a_fresh_ranker_does()
    {
        var compared = 0;
        for (var seed = 1; seed <= 40; seed++)
        {
            var r = new Random(seed);
            using var w = RandomWorlds.Tree(r);
            var events = RandomWorlds.Events(r, w);
            var span = (w.Campaign.End - w.Campaign.Start).TotalMinutes;
            var instants = Enumerable.Range(0, 2).Select(_ => w.Campaign.Start.AddMinutes(r.Next((int)span))).ToList();
            for (int applied = 0, part = 1; applied <= events.Count; part++)
            {
                foreach (var now in instants)
                {
                    // A top asked twice, then a shorter one and a longer one: served from what the first kept, or collected again.
                    foreach (var top in new int?[] { 3, 3, 1, 5, null, 2 })
                    {
                        compared += Compare(w, now, top, r, $"seed {seed}, part {part}, {applied} events, now {now:O}, top {top}");
                    }
                }

                if (applied == events.Count)
                {
                    break;
                }

                var n = r.Next(1, Math.Min(30, events.Count - applied) + 1);
                w.Aggregates.Apply(events.GetRange(applied, n).ToArray());
                applied += n;
            }
        }

        Assert.True(compared > 20_000, $"only {compared} rows compared");
    }

    private static int Compare(World w, DateTimeOffset now, int? top, Random r, string context)
    {
        var compared = 0;
        foreach (var level in Levels.Where(l => w.Tree.Units.Any(u => u.Level == l)))
        {
            foreach (var metric in Metrics)
            {
                var basis = metric == RankingQuery.Composite ? RankBasis.Value : Bases[r.Next(Bases.Length)];
                var peer = r.Next(4) == 0 ? "A" : null;
                var query = new RankingQuery(level, metric, basis, w.Tree.Root, Windows[r.Next(Windows.Length)], top, peer);
                var expected = new Ranker(w.Aggregates).Rank(query, now);   // nothing kept
                var actual = w.Ranker.Rank(query, now);
                Assert.True(expected.Total == actual.Total, $"{context}: {query}: total fresh {expected.Total}, kept {actual.Total}");
                Assert.True(expected.Items.SequenceEqual(actual.Items),
                    $"{context}: {query}:\n fresh {string.Join(", ", expected.Items)}\n kept  {string.Join(", ", actual.Items)}");
                compared += actual.Items.Count;
            }
        }

        return compared;
    }
}
