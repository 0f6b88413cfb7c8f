using System.Reflection;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

/// <summary>
/// The aggregates saved after some events, loaded into fresh aggregates and given the rest read exactly like
/// aggregates that took every event: live and as-of rankings (every level, metric and window), unit detail, values
/// and counters — over random worlds with sum and latest KPIs, events outside the campaign, late and same-instant ones;
/// the later events replayed (as a start does) or applied live, seed by seed.
/// </summary>
public class CheckpointStateTests
{
    [Fact]
    public void Saved_state_plus_the_later_events_reads_like_every_event_applied()
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var r = new Random(seed);
            using var all = RandomWorlds.Tree(r);
            var events = RandomWorlds.Events(r, all);
            var cut = r.Next(events.Count + 1);
            using var before = new World(all.Tree, all.Catalog, all.Campaign);
            foreach (var e in events)
            {
                all.Aggregates.Apply(in e);
            }

            foreach (var e in events.Take(cut))
            {
                before.Aggregates.Apply(in e);
            }

            var saved = MemoryStateChannel.Save(before.Aggregates.ExchangeState);
            using var restored = new World(all.Tree, all.Catalog, all.Campaign);
            MemoryStateChannel.Load(saved, restored.Aggregates.ExchangeState);
            // The tail as a start replays it (one replay, scored at its end), or as live ingest goes on after a load.
            var replay = seed % 2 == 0;
            if (replay)
            {
                restored.Aggregates.BeginReplay();
            }

            foreach (var e in events.Skip(cut))
            {
                restored.Aggregates.Apply(in e);
            }

            if (replay)
            {
                restored.Aggregates.EndReplay();
            }

            Compare(all, restored, r, $"seed {seed}, {cut} of {events.Count} events saved");
        }
    }

    [Fact]
    public void Loading_into_aggregates_that_hold_events_is_refused()
    {
        using var a = RandomWorlds.Tree(new Random(1));
        var saved = MemoryStateChannel.Save(a.Aggregates.ExchangeState);
        foreach (var e in RandomWorlds.Events(new Random(2), a).Where(e => a.Campaign.Contains(e.Time)).Take(1))
        {
            a.Aggregates.Apply(in e);
            Assert.Throws<InvalidOperationException>(() => MemoryStateChannel.Load(saved, a.Aggregates.ExchangeState));
        }
    }

    /// <summary>
    /// Every field of the aggregates is either in the checkpoint walk or named here as derived (rebuilt after a
    /// load) or transient. A new field fails this test until it is one or the other — and the format version bumped.
    /// </summary>
    [Fact]
    public void Every_field_of_the_aggregates_is_checkpointed_or_declared_derived()
    {
        string[] saved = [
            "KpiAggregates.columns", "KpiAggregates.lastEventMs", "KpiAggregates.lastMsOfDay", "KpiAggregates.journal",
            "KpiAggregates.dayVersion", "KpiAggregates.maxDataDay", "KpiAggregates.version", "KpiAggregates.applied",
            "KpiAggregates.superseded", "KpiAggregates.outsideCampaign", "KpiAggregates.invalid",
            "KpiColumn.<Total>k__BackingField", "KpiColumn.wide", "KpiColumn.narrow", "KpiColumn.spilled", "KpiColumn.own",
            "OwnReadings.rows", "OwnReadings.counts", "KpiColumn.<IsLatest>k__BackingField",
            "KpiColumn.<IsDailyAverage>k__BackingField", "KpiAggregates.tagTotals", "KpiAggregates.recentTags",
            "DayJournal.slots", "DayJournal.wide", "DayJournal.<Count>k__BackingField",
        ];
        string[] derivedOrFixed = [
            "KpiAggregates.gate", "KpiAggregates.days", "KpiAggregates.model", "KpiAggregates.parent", "KpiAggregates.subtreeEnd",
            "KpiAggregates.cuts", "KpiAggregates.spareBuffers", "KpiAggregates.closes", "KpiAggregates.score", "KpiAggregates.changes", "KpiAggregates.dirtyStamp", "KpiAggregates.dirty",
            "KpiAggregates.dirtyCount", "KpiAggregates.<Tree>k__BackingField", "KpiAggregates.<Catalog>k__BackingField",
            "KpiAggregates.<Campaign>k__BackingField", "KpiColumn.days", "KpiColumn.rowOf", "OwnReadings.<days>P", "DayJournal.<latest>P",
            "KpiAggregates.ratioOf", "KpiAggregates.feedsScore", "KpiAggregates.rescoreAll", "KpiAggregates.<Dimensions>k__BackingField",
            "KpiAggregates.weekKey", "KpiAggregates.replaying", "KpiAggregates.dirtyMark", "KpiAggregates.rescored",
            "KpiAggregates.<CloseBudget>k__BackingField",
        ];
        var fields = new[] { typeof(KpiAggregates), typeof(KpiAggregates).Assembly.GetType("WarRoom.Core.Aggregates.KpiColumn")!,
            typeof(KpiAggregates).Assembly.GetType("WarRoom.Core.Aggregates.DayJournal")!,
            typeof(KpiAggregates).Assembly.GetType("WarRoom.Core.Aggregates.OwnReadings")! }
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Select(f => $"{t.Name}.{f.Name}"))
            .ToList();
        var unaccounted = fields.Except(saved).Except(derivedOrFixed).ToList();
        Assert.True(unaccounted.Count == 0, $"not in the checkpoint walk (KpiAggregates.ExchangeState) nor declared derived: {string.Join(", ", unaccounted)}");
        Assert.Empty(saved.Concat(derivedOrFixed).Except(fields));
    }

    private static void Compare(World all, World restored, Random r, string because)
    {
        Assert.Equal(all.Aggregates.Counters, restored.Aggregates.Counters);
        string[] metrics = [RankingQuery.Composite, .. all.Catalog.All.Select(k => k.Code)];
        RankWindow[] windows = [RankWindow.CampaignToDate, RankWindow.Today, RankWindow.ThisWeek];
        var span = (int)(all.Campaign.End - all.Campaign.Start).TotalMinutes;
        DateTimeOffset[] instants = [all.Campaign.End.AddMinutes(-1), all.Campaign.Start.AddMinutes(r.Next(span)), all.Campaign.Start.AddMinutes(r.Next(span))];
        foreach (var at in instants)
        {
            foreach (var level in new[] { OrgLevel.Branch, OrgLevel.SubBranch, OrgLevel.Manager })
            {
                foreach (var metric in metrics)
                {
                    foreach (var window in windows)
                    {
                        var query = new RankingQuery(level, metric, RankBasis.Completion, all.Tree.Root, window, Forecast: true);
                        Assert.True(all.Ranker.Rank(query, at).Items.SequenceEqual(restored.Ranker.Rank(query, at).Items), $"{because}: {level} {metric} {window.Kind} at {at:O}");
                        Assert.True(all.Ranker.RankAsOf(query, at).Items.SequenceEqual(restored.Ranker.RankAsOf(query, at).Items), $"{because}: as of {at:O}, {level} {metric} {window.Kind}");
                    }
                }
            }

            foreach (var unit in all.Tree.Units)
            {
                var expected = all.Ranker.Detail(unit, at);
                var actual = restored.Ranker.Detail(unit, at);
                Assert.True(expected.Kpis.SequenceEqual(actual.Kpis), $"{because}: detail of {unit.Code}");
                Assert.Equal(expected with { Version = 0, Kpis = [] }, actual with { Version = 0, Kpis = [] });
                Assert.True(all.Ranker.DetailAsOf(unit, at).Kpis.SequenceEqual(restored.Ranker.DetailAsOf(unit, at).Kpis), $"{because}: detail of {unit.Code} as of {at:O}");
            }
        }
    }
}
