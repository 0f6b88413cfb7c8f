using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Guidance;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>
/// The as-of oracle: figures read at an instant T from aggregates holding every event equal, to the bit, those of
/// fresh aggregates holding only the events up to T read live at T — rankings (every level, metric, basis and
/// window, rank change and forecast included), unit detail and the guidance report.
/// </summary>
public class AsOfOracleTests
{
    [Fact]
    public void Figures_as_of_T_are_those_of_a_replay_of_the_events_up_to_T()
    {
        for (var seed = 0; seed < 150; seed++)
        {
            var r = new Random(seed);
            using var all = RandomWorlds.Tree(r);
            var events = RandomWorlds.Events(r, all);
            foreach (var e in events)
            {
                all.Aggregates.Apply(in e);
            }

            for (var probe = 0; probe < 3; probe++)
            {
                var at = Instant(r, all, events);
                using var replay = new World(all.Tree, all.Catalog, all.Campaign);
                foreach (var e in events.Where(e => e.TimeMs <= at.ToUnixTimeMilliseconds()))
                {
                    replay.Aggregates.Apply(in e);
                }

                Compare(all, replay, at, $"seed {seed}, T {at:O}");
            }
        }
    }

    private static DateTimeOffset Instant(Random r, World w, List<Core.Events.EventRecord> events)
    {
        var inside = events.Where(e => w.Campaign.Contains(e.Time)).ToList();
        if (inside.Count > 0 && r.Next(2) == 0)
        {
            // Exactly at an event, or just before it: the boundary is inclusive.
            return inside[r.Next(inside.Count)].Time.AddMilliseconds(-r.Next(2));
        }

        var span = (w.Campaign.End - w.Campaign.Start).TotalMinutes;
        return w.Campaign.Start.AddMinutes(r.Next((int)span));
    }

    private static void Compare(World all, World replay, DateTimeOffset at, string because)
    {
        string[] metrics = [RankingQuery.Composite, .. all.Catalog.All.Select(k => k.Code)];
        RankWindow[] windows = [RankWindow.CampaignToDate, RankWindow.Today, RankWindow.ThisWeek];
        foreach (var level in new[] { OrgLevel.Branch, OrgLevel.SubBranch, OrgLevel.Manager })
        {
            foreach (var metric in metrics)
            {
                foreach (var window in windows)
                {
                    var query = new RankingQuery(level, metric, RankBasis.Completion, all.Tree.Root, window, Forecast: true);
                    var expected = replay.Ranker.Rank(query, at);
                    var actual = all.Ranker.RankAsOf(query, at);
                    Assert.True(expected.Items.SequenceEqual(actual.Items), $"{because}: {level} {metric} {window.Kind}");
                    Assert.Equal((expected.TimeProgress, expected.PaceReference, expected.Total), (actual.TimeProgress, actual.PaceReference, actual.Total));
                }
            }
        }

        foreach (var unit in all.Tree.Units)
        {
            var expected = replay.Ranker.Detail(unit, at);
            var actual = all.Ranker.DetailAsOf(unit, at);
            Assert.True(expected.Kpis.SequenceEqual(actual.Kpis), $"{because}: detail of {unit.Code}");
            Assert.Equal(expected with { Version = 0, Kpis = [] }, actual with { Version = 0, Kpis = [] });
        }

        var templates = GuidanceKit.Templates(all);
        var live = new Core.Guidance.GuidanceGenerator(replay.Ranker, templates).Generate(at).Items;
        var asOf = new Core.Guidance.GuidanceGenerator(all.Ranker, templates).GenerateAsOf(at).Items;
        Assert.Equal(live.Select(Text), asOf.Select(Text));
    }

    private static string Text(Core.Guidance.GuidanceItem i) =>
        $"{GuidanceKit.Key(i)} {i.Template} {i.Message.Zh} {string.Join(",", i.Figures.Select(f => $"{f.Key}={f.Value:R}"))}";
}
