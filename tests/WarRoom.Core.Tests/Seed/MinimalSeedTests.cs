using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Tests.Seed;

/// <summary>The hand-written minimal set loads, and every field lands where the readers say it does.</summary>
public sealed class MinimalSeedTests
{
    [Fact]
    public void BuildsTheTreeInPreOrder()
    {
        var data = MinimalSeed.Load(MinimalSeed.Files());

        Assert.Equal(["HQ", "BR01", "SB0101", "M00001", "M00002", "SB0102", "M00003"], data.Org.Units.Select(u => u.Code));
        Assert.Equal(3, data.Org.ManagerCount);
        Assert.True(data.Org.TryGet("SB0101", out var sb));
        Assert.Equal(OrgLevel.SubBranch, sb.Level);
        Assert.Equal("Beijing Chaoyang Sub-branch", sb.NameEn);
        Assert.Equal("A", sb.PeerGroup);
        Assert.Equal("BR01", sb.Parent!.Code);
        Assert.Equal(["M00001", "M00002"], sb.Children.Select(c => c.Code));
    }

    [Fact]
    public void ReadsTheKpiCatalogue()
    {
        var data = MinimalSeed.Load(MinimalSeed.Files());

        var mau = data.Kpis.Find("mobile_mau")!;
        Assert.Equal(3, data.Kpis.Count);
        Assert.Equal(("手机银行月活", "Mobile banking MAU", "人"), (mau.NameZh, mau.NameEn, mau.Unit));
        Assert.Equal(KpiAggregation.Latest, mau.Aggregation);
        Assert.Equal(KpiDirection.HigherIsBetter, mau.Direction);
        Assert.Equal((0.0, 1000.0, 0), (mau.Weight, mau.BigDeal, mau.Decimals));
        Assert.Equal(2, data.Kpis.Find("deposit_new")!.Decimals);
    }

    [Fact]
    public void ReadsTheCampaign()
    {
        var campaign = MinimalSeed.Load(MinimalSeed.Files()).Campaign;

        Assert.Equal(("kmh-2027", "2027 开门红", "2027 Strong Start"), (campaign.Id, campaign.Name, campaign.NameEn));
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), campaign.Start);
        Assert.Equal(new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.FromHours(8)), campaign.End);
        Assert.Equal(ProgressMode.Workdays, campaign.ProgressMode);
        Assert.Equal(1.5, campaign.ScoreCap);
        Assert.Equal([("deposit_new", 0.6), ("customers_new", 0.4)], campaign.Kpis.Select(k => (k.Kpi.Code, k.Weight)));
        Assert.Equal(0.08, campaign.Guidance.PaceLagWarn);
        Assert.Equal(new GuidanceSettings().PaceLagCritical, campaign.Guidance.PaceLagCritical);
    }

    [Fact]
    public void ReadsTheCalendar()
    {
        var calendar = MinimalSeed.Load(MinimalSeed.Files()).Campaign.Calendar;

        Assert.Equal(3, calendar.SpecialDays.Count);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 14)));
        Assert.Equal(new CalendarDay(new DateOnly(2027, 2, 5), CalendarDayKind.Holiday, "除夕", "Spring Festival Eve", true), calendar.Special(new DateOnly(2027, 2, 5)));
    }

    [Fact]
    public void ReadsTargetsForEveryUnit()
    {
        var data = MinimalSeed.Load(MinimalSeed.Files());
        var customers = data.Kpis.Find("customers_new")!;

        Assert.Equal([300.0, 300, 200, 120, 80, 100, 100], data.Org.Units.Select(u => data.Campaign.Targets.Get(u, customers)!.Value));
        Assert.All(data.Org.Units, u => Assert.Null(data.Campaign.Targets.Get(u, data.Kpis.Find("mobile_mau")!)));
    }
}
