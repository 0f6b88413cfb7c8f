using WarRoom.Core.Guidance.Templates;

namespace WarRoom.SeedGeneration;

/// <summary>
/// The standard wording (制式化业务指引) written to guidance-templates.json: per template a message and a suggested
/// action in zh and en, and per KPI the customer segment or product to focus on. Placeholders are listed in
/// docs/guidance.md; the loader checks them.
/// </summary>
internal static class GuidanceWording
{
    public static readonly (string Id, string MessageZh, string MessageEn, string ActionZh, string ActionEn)[] Templates =
    [
        (TemplateIds.PaceLag,
            "{unit}{kpi}{value}{kpiUnit}，完成率{completion}，时间进度{timeProgress}，落后{gap:pt1}个百分点；距活动结束还有{days}，日均需新增{dailyNeeded}{kpiUnit}方能达成全期目标。{outlook}",
            "{unit}: {kpi} at {value} {kpiUnit}, {completion} of target against time progress of {timeProgress} ({gap:pt1} points behind); with {days} left, {dailyNeeded} {kpiUnit} a day is needed to reach the target.{outlook}",
            "将剩余任务按日分解到人，聚焦{focus}：晨会明确当日任务，午间通报进度，晚间复盘缺口，确保日均新增{dailyNeeded}{kpiUnit}。",
            "Break the remaining target down by day and by person, focusing on {focus}: set each day's task at the morning meeting, report progress at midday and review the gap every evening, to deliver {dailyNeeded} {kpiUnit} a day."),
        (TemplateIds.PaceLagCritical,
            "{unit}{kpi}完成率{completion}，落后时间进度{gap:pt1}个百分点（时间进度{timeProgress}），差距较大；距活动结束还有{days}，日均需新增{dailyNeeded}{kpiUnit}。{outlook}",
            "{unit}: far behind on {kpi} at {completion} of target, {gap:pt1} points behind time progress ({timeProgress}); with {days} left, {dailyNeeded} {kpiUnit} a day is needed.{outlook}",
            "列为重点督导事项：由{head}牵头制定专项追赶方案，聚焦{focus}，将缺口逐日分解到人、每日通报；连续三个工作日未完成日均任务的，报{parent}督导。",
            "Make it a priority for supervision: the {head} leads a catch-up plan focused on {focus}, splits the gap by day and by person and reports daily; if the daily figure is missed three working days running, escalate to {parent}."),
        (TemplateIds.PaceLagManager,
            "{unit}（{parent}）综合完成率{completion}，落后时间进度{gap:pt1}个百分点，在本支行{peers}名客户经理中排第{rank}名，{weakestKpi}最为薄弱。",
            "{unit} ({parent}): composite completion {completion}, {gap:pt1} points behind time progress, ranked {rank} of {peers} managers in the sub-branch; weakest on {weakestKpi}.",
            "纳入帮扶名单：支行行长本周内与其一对一面谈，梳理存量客户和到期资金，围绕{weakestFocus}制定每日拜访与外呼计划，安排业绩标兵结对带教，每日跟踪直至进度达标。",
            "Put on the help list: the sub-branch head meets them one-to-one this week, reviews their existing customers and maturing funds, sets a daily visit and call plan around {weakestFocus}, pairs them with a top performer and follows up daily until they are back on pace."),
        (TemplateIds.RankDrop,
            "{unit}综合排名较前一日下降{places}位，在{parent}下辖{peers}个{level}中由第{previousRank}名降至第{rank}名，综合得分{score}。",
            "{unit} fell {places} places since yesterday's close, from {previousRank} to {rank} of {peers} in {parent}; composite score {score}.",
            "当日复盘排名下滑原因：对照前一日各项指标增量找出失分指标，明确补位措施和责任人，在次日晨会通报。",
            "Review the drop today: compare yesterday's increments KPI by KPI to find where points were lost, agree catch-up actions and owners, and report at tomorrow's morning meeting."),
        (TemplateIds.Inactive,
            "{unit}（{parent}）已连续{quietDays}个工作日无业绩记录，最近一笔：{lastEvent}。",
            "{unit} ({parent}) has booked nothing for {quietDays} working days; last booking: {lastEvent}.",
            "纳入帮扶名单：支行行长当日了解原因（休假、客户储备、系统录入等），共同制定三日行动计划，优先回访到期客户、激活存量客户，必要时安排结对带教。",
            "Put on the help list: the sub-branch head finds out why today (leave, pipeline, booking problems) and agrees a three-day action plan with them — calls to customers with maturing funds first, then existing customers — with a mentor if needed."),
        (TemplateIds.InactiveUnit,
            "{unit}（{managers}名客户经理）已连续{quietDays}个工作日无任何业绩数据，最近一笔：{lastEvent}。",
            "{unit} ({managers} managers) has had no figures at all for {quietDays} working days; last booking: {lastEvent}.",
            "先核查数据报送：确认各业务系统对{unit}的数据推送是否正常；数据无误的，由{parent}当日约谈{head}，了解经营情况并督促恢复营销。",
            "Check the data feeds first: confirm the source systems are sending {unit}'s figures; if they are, {parent} speaks to the {head} today about the situation and how sales restart."),
        (TemplateIds.TopPerformer,
            "喜报：{unit}综合得分{score}，位列{scope}{peerGroup}类{level}第一，{bestKpi}完成情况尤为突出。",
            "Good news: {unit} ranks first of {peers} in peer group {peerGroup} across {scope} with a composite score of {score}, strongest on {bestKpi}.",
            "发布喜报并通报表扬；总结其在{bestKpi}等方面的经验做法，安排在晨会或周例会上交流推广。",
            "Announce and recognise it; write up how they achieved their {bestKpi} result and have them share it at a morning meeting or the weekly review."),
        (TemplateIds.Breakthrough,
            "喜报：{unit}{kpi}达{value}{kpiUnit}，完成率{completion}，提前完成全期目标。",
            "Good news: {unit} has reached {completion} of its {kpi} target ({value} of {target} {kpiUnit}) ahead of the campaign's end.",
            "通报表扬，巩固{kpi}成果、冲刺超额完成；将积累的客户资源和经验延伸到其他指标，带动综合提升。",
            "Recognise it, keep the {kpi} momentum to overshoot the target, and carry the customers and the approach over to the other KPIs."),
        (TemplateIds.BreakthroughOverall,
            "喜报：{unit}（{parent}）综合得分突破100分，达到{score}分，其中{bestKpi}表现最为突出。",
            "Good news: {unit} ({parent}) passed a composite score of 100, now {score}, strongest on {bestKpi}.",
            "通报表扬，邀请其在支行晨会分享客户经营做法，并与帮扶名单中的同事结对带教。",
            "Recognise it, invite them to share how they work their customers at the sub-branch morning meeting, and pair them with a colleague on the help list."),
        (TemplateIds.Concentration,
            "{unit}{kpi}{value}{kpiUnit}，其中{subject}一人贡献{share:P0}（{subjectValue}{kpiUnit}），业绩过度依赖单人。",
            "{unit}: {subject} alone brought {share:P0} of its {kpi} ({subjectValue} of {value} {kpiUnit}); the result depends on one person.",
            "降低对单人的依赖：请{subject}分享获客与营销方法，将{focus}的营销任务分解到团队全体{managers}名客户经理，跟踪每人日均产能。",
            "Reduce the reliance on one person: have {subject} share how they win and serve customers, spread the work on {focus} across all {managers} managers and track everyone's daily output."),
        (TemplateIds.MixGap,
            "{unit}指标结构失衡：{strongKpis}进度领先，{weakKpis}明显落后时间进度，其中{kpi}完成率仅{worstCompletion}（时间进度{timeProgress}）。",
            "{unit} is unbalanced: ahead on {strongKpis} but well behind time progress on {weakKpis}; {kpi} is at only {worstCompletion} (time progress {timeProgress}).",
            "统筹资源、以强带弱：依托{strongKpis}积累的客户开展交叉营销，重点补齐{kpi}短板，聚焦{focus}，避免单一指标冲高而综合得分失衡。",
            "Rebalance: cross-sell to the customers won on {strongKpis} and close the gap on {kpi}, focusing on {focus}, rather than pushing one KPI further."),
    ];

    /// <summary>Per KPI code of <see cref="KpiSpecs"/>: what to focus on, as it reads after 聚焦 / "focusing on".</summary>
    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Focus = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["deposit_new"] = ("代发工资客户、存量到期客户的资金留存和他行资金归集", "payroll customers, customers with maturing deposits, and funds held at other banks"),
        ["aum_growth"] = ("存量到期客户、养老金客户和中高端客户的资产配置", "asset allocation for customers with maturing products, pension customers and affluent customers"),
        ["customers_new"] = ("代发单位员工、社区和商户客群的有效开户", "effective account openings among payroll employers' staff, residential communities and merchants"),
        ["payroll_accounts"] = ("中小企业、机关事业单位的代发工资批量营销", "batch payroll onboarding of small and medium firms and public institutions"),
        ["fund_sales"] = ("新发基金、基金定投和稳健类理财产品", "newly launched funds, regular investment plans and low-volatility wealth products"),
        ["insurance_premium"] = ("期缴型保障类保险和养老年金产品", "regular-premium protection insurance and pension annuities"),
        ["credit_cards"] = ("代发客户和新开户客户的信用卡交叉营销", "cross-selling cards to payroll customers and new account holders"),
        ["mobile_mau"] = ("存量客户手机银行激活、绑卡和月度活跃权益活动", "mobile banking activation, card binding and monthly active-user offers for existing customers"),
        ["wecom_contacts"] = ("存量客户企业微信添加和社群运营", "adding existing customers on WeCom and running customer groups"),
        ["inclusive_loans"] = ("小微企业主、个体工商户和普惠贷款白名单客户", "small business owners, sole traders and pre-approved inclusive loan customers"),
        ["wealth_sales"] = ("到期理财客户的续接和新发理财产品的首发营销", "renewals for customers with maturing wealth products and launches of new ones"),
        ["pension_accounts"] = ("代发单位员工和中青年客户的个人养老金开户与缴存", "personal pension accounts and contributions for payroll staff and younger customers"),
        ["deposit_daily_avg"] = ("存量存款稳存增存和大额到期资金的提前锁定", "keeping existing balances in place and securing large maturing funds early"),
        ["mobile_customers"] = ("存量客户手机银行签约和网点厅堂引导开通", "mobile banking sign-ups for existing customers, guided at the branch counter"),
        ["mobile_mau_rate"] = ("已签约客户的手机银行月度活跃和权益触达", "monthly activity of signed-up mobile banking customers through offers and reminders"),
    };
}
