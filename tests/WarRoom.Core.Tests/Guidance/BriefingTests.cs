using WarRoom.Core.Aggregates;
using WarRoom.Core.Events;
using WarRoom.Core.Guidance;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Ranking;
using WarRoom.Core.Seed;
using WarRoom.Core.Tests.Seed;
using WarRoom.SeedGeneration;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>
/// The briefing of 北京朝阳支行 (SB0101) for Wednesday 13 January 2027 over the minimal seed, every figure counted by
/// hand. Working days (workdays mode; only 1 Jan and 5 Feb are holidays, 14 Feb is made up): 63 in all, 7 by the
/// close of 12 Jan, so time progress is 7/63 = 11.1% and 56 days are left.
/// <list type="bullet">
/// <item>SB0101: deposits 750 of 6,000 (12.5%, +1.4 points), 200 yesterday by 张伟; customers 6 of 200 (3.0%, 8.1
/// points behind — more than the minimal seed's paceLagWarn of 8 points: pace_lag warn, 194 / 56 ≈ 3 a day), 4
/// yesterday; composite 0.6 × 12.5 + 0.4 × 3 = 8.7.</item>
/// <item>SB0102: deposits 700 of 4,000 (100 yesterday), customers 20 of 100 (20 yesterday); composite 18.5, so SB0101
/// is 2nd of 2 both at this close and the one before (5.4 against 9.0).</item>
/// <item>张伟 carries 700 of SB0101's 750 deposits (93%: concentration); 李娜 last booked on Thu 7 Jan, quiet on 8, 11
/// and 12 Jan (inactive warn).</item>
/// </list>
/// </summary>
public sealed class BriefingTests
{
    private static readonly DateOnly Date = new(2027, 1, 13);

    private static (BriefingWriter Writer, SeedData Seed) Build()
    {
        var seed = MinimalSeed.Load(MinimalSeed.Files());
        var templates = GuidanceTemplatesFile.Parse(GuidanceTemplatesJson.Write(seed.Kpis.All.Select(k => k.Code)), seed.Kpis, seed.Campaign);
        var aggregates = new KpiAggregates(seed.Org, seed.Kpis, seed.Campaign);
        var seq = 0L;
        void Book(string unit, string kpi, string local, double value) => aggregates.Apply(new EventRecord(
            ++seq, "e" + seq, DateTimeOffset.Parse(local + "+08:00", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(),
            seed.Org.Find(unit)!.Index, seed.Kpis.Find(kpi)!.Index, value));

        Book("M00001", "deposit_new", "2027-01-05T10:00", 500);
        Book("M00001", "deposit_new", "2027-01-12T10:00", 200);
        Book("M00001", "customers_new", "2027-01-12T11:00", 4);
        Book("M00002", "deposit_new", "2027-01-06T10:00", 50);
        Book("M00002", "customers_new", "2027-01-07T10:00", 2);
        Book("M00003", "deposit_new", "2027-01-11T10:00", 600);
        Book("M00003", "deposit_new", "2027-01-12T10:00", 100);
        Book("M00003", "customers_new", "2027-01-12T15:00", 20);
        return (new BriefingWriter(new GuidanceGenerator(new Ranker(aggregates), templates)), seed);
    }

    [Fact]
    public void Chinese_briefing_for_a_known_state()
    {
        var (writer, seed) = Build();

        var text = writer.Write(seed.Org.Find("SB0101")!, Date, BriefingLanguage.Zh);

        Assert.Equal(
            """
            # 北京朝阳支行晨报 · 2027年1月13日（星期三）

            2027 开门红 · 数据截至1月12日日终 · 时间进度11.1% · 剩余56个工作日

            ## 昨日业绩（1月12日 星期二）

            | 指标 | 昨日 | 昨日排名 | 累计 | 完成率 | 较时间进度（百分点） |
            | :-- | --: | --: | --: | --: | --: |
            | 新增存款（万元） | 200.00 | 1/2 | 750.00 | 12.5% | +1.4 |
            | 新增有效客户（户） | 4 | 2/2 | 6 | 3.0% | -8.1 |

            ## 综合排名

            综合得分8.7，在北京分行下辖2个支行中排第2名，与前一日持平。

            ## 进度

            2项指标中1项达到时间进度（11.1%）；落后最多：新增有效客户（落后8.1个百分点）。

            ## 今日三项重点

            1. **【关注】**北京朝阳支行新增有效客户6户，完成率3.0%，时间进度11.1%，落后8.1个百分点；距活动结束还有56个工作日，日均需新增3户方能达成全期目标。按当前进度预计3月31日完成12.3%。
               - 建议：将剩余任务按日分解到人，聚焦代发单位员工、社区和商户客群的有效开户：晨会明确当日任务，午间通报进度，晚间复盘缺口，确保日均新增3户。
            2. **【关注】**北京朝阳支行新增存款750.00万元，其中张伟一人贡献93%（700.00万元），业绩过度依赖单人。
               - 建议：降低对单人的依赖：请张伟分享获客与营销方法，将代发工资客户、存量到期客户的资金留存和他行资金归集的营销任务分解到团队全体2名客户经理，跟踪每人日均产能。
            3. **【关注】**李娜（北京朝阳支行）已连续3个工作日无业绩记录，最近一笔：1月7日。
               - 建议：纳入帮扶名单：支行行长当日了解原因（休假、客户储备、系统录入等），共同制定三日行动计划，优先回访到期客户、激活存量客户，必要时安排结对带教。

            帮扶名单：1名客户经理（其中1名连续多日无业绩），详见智能帮扶。

            """,
            text);
    }

    [Fact]
    public void English_briefing_for_the_same_state()
    {
        var (writer, seed) = Build();

        var text = writer.Write(seed.Org.Find("SB0101")!, Date, BriefingLanguage.En);

        Assert.Equal(
            """
            # Beijing Chaoyang Sub-branch · Morning briefing · Wednesday 13 January 2027

            2027 Strong Start · figures to the close of Tuesday 12 January · time progress 11.1% · 56 working days left

            ## Yesterday's results (Tuesday 12 January)

            | KPI | Yesterday | Rank yesterday | To date | Completion | vs time progress (points) |
            | :-- | --: | --: | --: | --: | --: |
            | New deposits (RMB 10k) | 200.00 | 1/2 | 750.00 | 12.5% | +1.4 |
            | New active customers (accounts) | 4 | 2/2 | 6 | 3.0% | -8.1 |

            ## Composite ranking

            Composite score 8.7, ranked 2 of 2 sub-branches under Beijing Branch, unchanged since the previous day's close.

            ## Pace

            1 of 2 KPIs at or ahead of time progress (11.1%); furthest behind: New active customers (8.1 points behind).

            ## Top three actions today

            1. **Warning** Beijing Chaoyang Sub-branch: New active customers at 6 accounts, 3.0% of target against time progress of 11.1% (8.1 points behind); with 56 working days left, 3 accounts a day is needed to reach the target. At this pace, 12.3% by 31 Mar.
               - Action: Break the remaining target down by day and by person, focusing on effective account openings among payroll employers' staff, residential communities and merchants: set each day's task at the morning meeting, report progress at midday and review the gap every evening, to deliver 3 accounts a day.
            2. **Warning** Beijing Chaoyang Sub-branch: Zhang Wei alone brought 93% of its New deposits (700.00 of 750.00 RMB 10k); the result depends on one person.
               - Action: Reduce the reliance on one person: have Zhang Wei share how they win and serve customers, spread the work on payroll customers, customers with maturing deposits, and funds held at other banks across all 2 managers and track everyone's daily output.
            3. **Warning** Li Na (Beijing Chaoyang Sub-branch) has booked nothing for 3 working days; last booking: 7 Jan.
               - Action: Put on the help list: the sub-branch head finds out why today (leave, pipeline, booking problems) and agrees a three-day action plan with them — calls to customers with maturing funds first, then existing customers — with a mentor if needed.

            Help list: 1 manager (1 without any booking for days); see the guidance panel.

            """,
            text);
    }

    [Fact]
    public void A_holiday_is_named_and_a_quiet_day_asks_for_nothing()
    {
        var (writer, seed) = Build();

        var text = writer.Write(seed.Org.Find("SB0102")!, new DateOnly(2027, 1, 2), BriefingLanguage.Zh);

        Assert.Contains("## 昨日业绩（1月1日 星期五，元旦）", text, StringComparison.Ordinal);
        Assert.Contains("综合得分0.0，在北京分行下辖2个支行中排第1名。", text, StringComparison.Ordinal); // no earlier close
        Assert.Contains("暂无需特别关注的事项，保持当前节奏。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_branches_and_sub_branches_inside_the_campaign_get_one()
    {
        var (writer, seed) = Build();
        var sub = seed.Org.Find("SB0101")!;

        Assert.Throws<ArgumentException>(() => writer.Write(seed.Org.Find("M00001")!, Date, BriefingLanguage.Zh));
        Assert.Throws<ArgumentException>(() => writer.Write(seed.Org.Root, Date, BriefingLanguage.Zh));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Write(sub, new DateOnly(2027, 1, 1), BriefingLanguage.Zh));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Write(sub, new DateOnly(2027, 4, 2), BriefingLanguage.Zh));
        Assert.Contains("2027年4月1日", writer.Write(sub, new DateOnly(2027, 4, 1), BriefingLanguage.Zh), StringComparison.Ordinal);
    }
}
