using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Bench;

/// <summary>
/// A bank at the scale the ranking must serve: HQ, 12 branches, 1,000 sub-branches, 20,000 managers, 12 KPIs
/// (9 sum, 3 latest) all in the campaign, targets on every manager (5% miss one KPI) summed up the tree.
/// Built in code with a fixed seed so every run measures the same data.
/// </summary>
internal sealed class SyntheticBank
{
    public const int Branches = 12;
    public const int SubBranches = 1_000;
    public const int Managers = 20_000;
    public const int KpiCount = 12;

    public SyntheticBank(int seed = 2027)
    {
        var random = new Random(seed);
        var units = new List<OrgUnit> { new() { Code = "HQ", Name = "总行", Level = OrgLevel.Hq, PeerGroup = "HQ" } };
        string[] peers = ["A", "B", "C"];
        for (var b = 0; b < Branches; b++)
        {
            units.Add(new OrgUnit { Code = $"BR{b:00}", Name = $"分行{b}", Level = OrgLevel.Branch, ParentCode = "HQ", PeerGroup = peers[b % 3] });
        }

        for (var s = 0; s < SubBranches; s++)
        {
            units.Add(new OrgUnit { Code = $"SB{s:0000}", Name = $"支行{s}", Level = OrgLevel.SubBranch, ParentCode = $"BR{s % Branches:00}", PeerGroup = peers[random.Next(3)] });
        }

        for (var m = 0; m < Managers; m++)
        {
            units.Add(new OrgUnit { Code = $"M{m:00000}", Name = $"客户经理{m}", Level = OrgLevel.Manager, ParentCode = $"SB{m % SubBranches:0000}", PeerGroup = peers[random.Next(3)] });
        }

        Tree = OrgTree.Build(units);
        Catalog = new KpiCatalog(Enumerable.Range(0, KpiCount).Select(k => new Kpi
        {
            Code = $"k{k:00}",
            NameZh = $"指标{k}",
            NameEn = $"KPI {k}",
            Unit = "万元",
            Aggregation = k % 4 == 3 ? KpiAggregation.Latest : KpiAggregation.Sum,
        }));
        var targets = new TargetTable(Tree.Count, Catalog.Count);
        foreach (var unit in Tree.Units.Reverse())
        {
            for (var k = 0; k < KpiCount; k++)
            {
                targets[unit.Index, k] = unit.Level == OrgLevel.Manager
                    ? (random.Next(20) == 0 && k == KpiCount - 1 ? double.NaN : random.Next(50, 500))
                    : unit.Children.Sum(c => double.IsNaN(targets[c.Index, k]) ? 0 : targets[c.Index, k]);
            }
        }

        Campaign = new Campaign
        {
            Id = "bench",
            Name = "2027 开门红",
            Start = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)),
            End = new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.FromHours(8)),
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"),
            ProgressMode = ProgressMode.Workdays,
            Kpis = [.. Catalog.All.Select(k => new CampaignKpi(k, 1.0 / KpiCount))],
            Calendar = WorkCalendar.WeekdaysOnly,
            Targets = targets,
        };
    }

    /// <summary>Mid-campaign, mid-afternoon: day 45 of 90.</summary>
    public static DateTimeOffset Now { get; } = new(2027, 2, 15, 15, 0, 0, TimeSpan.FromHours(8));

    public OrgTree Tree { get; }
    public KpiCatalog Catalog { get; }
    public Campaign Campaign { get; }
}
