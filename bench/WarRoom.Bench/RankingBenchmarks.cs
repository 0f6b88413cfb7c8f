using BenchmarkDotNet.Attributes;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Events;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Bench;

/// <summary>Rankings over 20,000 managers × 12 KPIs after 3,000,000 events (previous-close ranks cached, as in steady state).</summary>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private KpiAggregates aggregates = null!;
    private Ranker ranker = null!;
    private RankingQuery top50Composite = null!;
    private RankingQuery top50Completion = null!;
    private RankingQuery allBranchesComposite = null!;
    private RankingQuery todayManagers = null!;
    private RankingQuery weekSubBranchesComposite = null!;
    private EventRecord lateEvent;

    [GlobalSetup]
    public void Setup()
    {
        var bank = new SyntheticBank();
        aggregates = new KpiAggregates(bank.Tree, bank.Catalog, bank.Campaign);
        aggregates.Apply(SyntheticEvents.History(bank, 3_000_000, SyntheticBank.Now));
        ranker = new Ranker(aggregates);
        var hq = bank.Tree.Root;
        top50Composite = new RankingQuery(OrgLevel.Manager, RankingQuery.Composite, RankBasis.Value, hq, RankWindow.CampaignToDate, 50);
        top50Completion = new RankingQuery(OrgLevel.Manager, "k00", RankBasis.Completion, hq, RankWindow.CampaignToDate, 50);
        allBranchesComposite = new RankingQuery(OrgLevel.Branch, RankingQuery.Composite, RankBasis.Pace, hq, RankWindow.CampaignToDate);
        todayManagers = new RankingQuery(OrgLevel.Manager, "k01", RankBasis.Value, hq, RankWindow.Today, 50);
        weekSubBranchesComposite = new RankingQuery(OrgLevel.SubBranch, RankingQuery.Composite, RankBasis.Value, hq, RankWindow.ThisWeek, 50);
        var yesterday = SyntheticBank.Now.AddDays(-1).ToUnixTimeMilliseconds();
        lateEvent = new EventRecord(10_000_000, "late", yesterday, bank.Tree.Find("M00042")!.Index, 0, 0.01);
    }

    [GlobalCleanup]
    public void Cleanup() => aggregates.Dispose();

    [Benchmark(Baseline = true, Description = "top 50 of 20k managers, composite, campaign")]
    public RankingResult Top50Composite() => ranker.Rank(top50Composite, SyntheticBank.Now);

    /// <summary>An event on yesterday invalidates the cached previous-close ranks: this is the cost of recomputing them.</summary>
    [Benchmark(Description = "same, right after a late event (previous close recomputed)")]
    public RankingResult Top50CompositeAfterLateEvent()
    {
        lateEvent = lateEvent with { Seq = lateEvent.Seq + 1, Value = -lateEvent.Value };
        aggregates.Apply(in lateEvent);
        return ranker.Rank(top50Composite, SyntheticBank.Now);
    }

    [Benchmark(Description = "top 50 of 20k managers, one KPI by completion, campaign")]
    public RankingResult Top50Completion() => ranker.Rank(top50Completion, SyntheticBank.Now);

    [Benchmark(Description = "all 12 branches, composite by pace, campaign")]
    public RankingResult BranchesComposite() => ranker.Rank(allBranchesComposite, SyntheticBank.Now);

    [Benchmark(Description = "top 50 of 20k managers, one KPI, today")]
    public RankingResult TodayManagers() => ranker.Rank(todayManagers, SyntheticBank.Now);

    [Benchmark(Description = "top 50 of 1k sub-branches, composite, this week")]
    public RankingResult WeekSubBranchesComposite() => ranker.Rank(weekSubBranchesComposite, SyntheticBank.Now);

    [Benchmark(Description = "unit detail of a sub-branch (12 KPIs, 20 children)")]
    public UnitDetail SubBranchDetail() => ranker.Detail(aggregates.Tree.Find("SB0042")!, SyntheticBank.Now);
}
