using WarRoom.Core;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Payloads;
using WarRoom.Web.Pipeline.Deals;

namespace WarRoom.Web.Tests.Pipeline;

/// <summary>The tickers' memory: newest first whatever the arrival order, bounded, and filed by scope.</summary>
public sealed class DealBookTests
{
    private static readonly KpiCatalog Kpis = new([
        new Kpi { Code = "deposit_new", NameZh = "新增存款", NameEn = "New deposits", Unit = "万元", Aggregation = KpiAggregation.Sum, BigDeal = 500 },
        new Kpi { Code = "fund_sales", NameZh = "基金销量", NameEn = "Fund sales", Unit = "万元", Aggregation = KpiAggregation.Sum, BigDeal = 300 },
        new Kpi { Code = "mobile_mau", NameZh = "手机银行月活", NameEn = "Mobile MAU", Unit = "人", Aggregation = KpiAggregation.Latest, BigDeal = 1000 },
    ]);

    private static readonly OrgTree Org = OrgTree.Build([
        new OrgUnit { Code = "HQ", Name = "总行", Level = OrgLevel.Hq, PeerGroup = "HQ" },
        new OrgUnit { Code = "BR01", Name = "北京分行", Level = OrgLevel.Branch, ParentCode = "HQ", PeerGroup = "A" },
        new OrgUnit { Code = "BR02", Name = "上海分行", Level = OrgLevel.Branch, ParentCode = "HQ", PeerGroup = "A" },
        new OrgUnit { Code = "SB0101", Name = "朝阳支行", Level = OrgLevel.SubBranch, ParentCode = "BR01", PeerGroup = "A" },
        new OrgUnit { Code = "SB0201", Name = "浦东支行", Level = OrgLevel.SubBranch, ParentCode = "BR02", PeerGroup = "A" },
        new OrgUnit { Code = "M1", Name = "张伟", Level = OrgLevel.Manager, ParentCode = "SB0101", PeerGroup = "A" },
        new OrgUnit { Code = "M2", Name = "李娜", Level = OrgLevel.Manager, ParentCode = "SB0101", PeerGroup = "A" },
        new OrgUnit { Code = "M3", Name = "王芳", Level = OrgLevel.Manager, ParentCode = "SB0201", PeerGroup = "A" },
    ]);

    [Fact]
    public void Deals_come_newest_first_by_event_time_whatever_the_order_they_were_filed_in()
    {
        var book = new DealBook(Kpis, keep: 30);
        foreach (var (id, minute) in new[] { ("b", 2), ("d", 4), ("a", 1), ("c", 3) })
        {
            File(book, id, "M1", "deposit_new", minute);
        }

        Assert.Equal(["d", "c", "b", "a"], Ids(book.Latest(Unit("HQ"), [], 10)));
        Assert.Equal(["d", "c"], Ids(book.Latest(Unit("HQ"), [], 2)));
    }

    [Fact]
    public void Only_the_newest_are_kept_per_unit_and_kpi()
    {
        var book = new DealBook(Kpis, keep: 30);
        for (var minute = 0; minute < 100; minute++)
        {
            File(book, $"d{minute}", "M1", "deposit_new", minute);
        }

        var kept = book.Latest(Unit("SB0101"), [], 100);
        Assert.Equal(30, kept.Count);
        Assert.Equal("d99", kept[0].Id);
        Assert.Equal("d70", kept[^1].Id);
    }

    [Fact]
    public void A_scope_sees_its_own_subtree_and_a_ticker_its_own_kpis()
    {
        var book = new DealBook(Kpis, keep: 30);
        File(book, "bj-deposit", "M1", "deposit_new", 1);
        File(book, "bj-fund", "M2", "fund_sales", 2);
        File(book, "sh-deposit", "M3", "deposit_new", 3);

        Assert.Equal(["bj-fund", "bj-deposit"], Ids(book.Latest(Unit("BR01"), [], 10)));
        Assert.Equal(["sh-deposit", "bj-deposit"], Ids(book.Latest(Unit("HQ"), ["deposit_new"], 10)));
        Assert.Equal(["bj-fund"], Ids(book.Latest(Unit("M2"), [], 10)));
        Assert.Empty(book.Latest(Unit("BR02"), ["fund_sales"], 10));
    }

    [Fact]
    public void A_reading_of_a_level_is_never_a_deal_and_the_threshold_itself_is()
    {
        Assert.False(DealMapping.IsBigDeal(Kpis.Find("mobile_mau")!, 1_000_000));
        Assert.True(DealMapping.IsBigDeal(Kpis.Find("deposit_new")!, 500));
        Assert.False(DealMapping.IsBigDeal(Kpis.Find("deposit_new")!, 499.99));
    }

    private static OrgUnit Unit(string code) => Org.Find(code)!;

    private static IEnumerable<string> Ids(IReadOnlyList<Deal> deals) => deals.Select(d => d.Id);

    private static void File(DealBook book, string id, string unit, string kpiCode, int minute)
    {
        var kpi = Kpis.Find(kpiCode)!;
        var time = new DateTimeOffset(2027, 2, 22, 9, 0, 0, TimeSpan.FromHours(8)).AddMinutes(minute);
        var bookedOn = Unit(unit);
        var deal = new Deal
        {
            Id = id, Time = time, Kpi = kpi.Code, KpiName = new LocalizedText(kpi.NameZh, kpi.NameEn), Unit = kpi.Unit,
            Amount = 600, Manager = new UnitRef(bookedOn.Code, bookedOn.Name),
        };
        book.Add(deal, time.ToUnixTimeMilliseconds(), minute, bookedOn, kpi);
    }
}
