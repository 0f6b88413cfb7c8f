using WarRoom.Core.Campaigns;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Seed;

namespace WarRoom.Web.Tests.Storage;

/// <summary>
/// A tiny bank for store tests: HQ → BR01 (SB0101 with M001, M002; SB0102 with M003) and BR02 (SB0201 with
/// M004), one sum KPI and one latest KPI, and a 2027 campaign in Asia/Shanghai.
/// </summary>
internal static class TestSeed
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    public static readonly DateTimeOffset CampaignStart = new(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset CampaignEnd = new(2027, 4, 1, 0, 0, 0, TimeSpan.FromHours(8));

    public static SeedData Create()
    {
        OrgUnit U(string code, OrgLevel level, string? parent) =>
            new() { Code = code, Name = "单位" + code, Level = level, ParentCode = parent, PeerGroup = "A" };
        var org = OrgTree.Build(
        [
            U("HQ", OrgLevel.Hq, null),
            U("BR01", OrgLevel.Branch, "HQ"),
            U("SB0101", OrgLevel.SubBranch, "BR01"),
            U("M001", OrgLevel.Manager, "SB0101"),
            U("M002", OrgLevel.Manager, "SB0101"),
            U("SB0102", OrgLevel.SubBranch, "BR01"),
            U("M003", OrgLevel.Manager, "SB0102"),
            U("BR02", OrgLevel.Branch, "HQ"),
            U("SB0201", OrgLevel.SubBranch, "BR02"),
            U("M004", OrgLevel.Manager, "SB0201"),
        ]);
        var kpis = new KpiCatalog(
        [
            new Kpi { Code = "deposit_new", NameZh = "新增存款", NameEn = "New deposits", Unit = "万元", Aggregation = KpiAggregation.Sum, Weight = 1 },
            new Kpi { Code = "mau", NameZh = "手机银行月活", NameEn = "Mobile MAU", Unit = "人", Aggregation = KpiAggregation.Latest, Weight = 1 },
        ]);
        var campaign = new Campaign
        {
            Id = "test",
            Name = "测试开门红",
            Start = CampaignStart,
            End = CampaignEnd,
            TimeZone = Shanghai,
            ProgressMode = ProgressMode.Calendar,
            Kpis = [.. kpis.All.Select(k => new CampaignKpi(k, 1))],
            Calendar = WorkCalendar.WeekdaysOnly,
            Targets = new TargetTable(org.Count, kpis.Count),
        };
        return new SeedData(org, kpis, campaign) { Dimensions = Dimensions };
    }

    /// <summary>channel (branch, mobile) and segment (mass, private): enough to store and read back tags.</summary>
    public static readonly DimensionCatalog Dimensions = new(
    [
        new Dimension("channel", new("渠道", "Channel"), 0, [("branch", new("网点", "Branch")), ("mobile", new("手机银行", "Mobile"))]),
        new Dimension("segment", new("客群", "Segment"), 1, [("mass", new("大众", "Mass")), ("private", new("私行", "Private"))]),
    ]);

    /// <summary>An event at a local Shanghai time given as "yyyy-MM-dd HH:mm:ss(.fff)".</summary>
    public static EventRecord Event(SeedData seed, long seq, string unit, string kpi, string localTime, double value, string? id = null) =>
        new(seq, id ?? $"ev-{seq}", Local(localTime).ToUnixTimeMilliseconds(), seed.Org.Find(unit)!.Index, seed.Kpis.Find(kpi)!.Index, value);

    public static DateTimeOffset Local(string localTime) =>
        new(DateTime.Parse(localTime, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(8));
}
