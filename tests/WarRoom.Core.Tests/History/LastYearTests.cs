using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Events;
using WarRoom.Core.History;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.History;

/// <summary>
/// 同比 on rankings and unit detail: last year's figure at the same working day against last year's target, from
/// aggregates of whole days that never touch this campaign's figures.
/// </summary>
public class LastYearTests
{
    [Fact]
    public void Rankings_and_detail_carry_last_years_completion_at_the_same_working_day()
    {
        using var w = Bank();
        using var past = Past(w, out var pastCampaign);
        w.Ranker.LastYear = new PastCampaign(past, w.Campaign);
        w.Book("M1", "s1", "2027-01-01T10:00", 7);

        // Fri 1 Jan 2027 (working day 1) ↔ Mon 5 Jan 2026: 5 (Sat 3 Jan) + 30 = 35 of last year's 100.
        var friday = w.Ranker.Rank(new RankingQuery(OrgLevel.Manager, "s1", RankBasis.Completion, w["HQ"], RankWindow.CampaignToDate), WorldBuilder.At("2027-01-01T15:00"));
        Assert.Equal(0.35, friday.Items.Single(i => i.Unit.Code == "M1").LastYearCompletion);
        Assert.Equal(0.07, friday.Items.Single(i => i.Unit.Code == "M1").Completion);

        // Mon 4 Jan 2027 (working day 2) ↔ Tue 6 Jan 2026: 55.
        var detail = w.Ranker.Detail(w["M1"], WorldBuilder.At("2027-01-04T09:00"));
        Assert.Equal(new LastYearFigure(55, 0.55), detail.Kpis.Single(k => k.Kpi.Code == "s1").LastYear);
        Assert.Equal(7, detail.Kpis.Single(k => k.Kpi.Code == "s1").Value);

        // The composite: last year's score at that day / 100 (s1 is the only KPI with a target last year).
        var composite = w.Ranker.Rank(new RankingQuery(OrgLevel.Manager, RankingQuery.Composite, RankBasis.Value, w["HQ"], RankWindow.CampaignToDate), WorldBuilder.At("2027-01-04T09:00"));
        Assert.Equal(0.55, composite.Items.Single(i => i.Unit.Code == "M1").LastYearCompletion!.Value, 12);
        Assert.Null(composite.Items.Single(i => i.Unit.Code == "M2").LastYearCompletion);
    }

    [Fact]
    public void Without_a_past_campaign_there_is_no_last_year_and_a_past_campaign_has_no_as_of()
    {
        using var w = Bank();
        var detail = w.Ranker.Detail(w["M1"], WorldBuilder.At("2027-01-04T09:00"));
        Assert.All(detail.Kpis, k => Assert.Null(k.LastYear));

        using var past = Past(w, out _);
        Assert.Throws<InvalidOperationException>(() => new Ranker(past).RankAsOf(
            new RankingQuery(OrgLevel.Manager, "s1", RankBasis.Value, past.Tree.Root, RankWindow.CampaignToDate), WorldBuilder.At("2026-01-06T10:00")));
    }

    private static World Bank() => new WorldBuilder { End = WorldBuilder.At("2027-01-11T00:00"), ProgressMode = ProgressMode.Workdays }
        .Unit("HQ", OrgLevel.Hq, null).Unit("B1", OrgLevel.Branch, "HQ").Unit("S1", OrgLevel.SubBranch, "B1")
        .Unit("M1", OrgLevel.Manager, "S1").Unit("M2", OrgLevel.Manager, "S1")
        .Kpi("s1", KpiAggregation.Sum, 0.5).Kpi("l1", KpiAggregation.Latest, 0.5)
        .Target("M1", "s1", 100).Target("M2", "s1", 100).Target("M1", "l1", 50)
        .Build();

    private static KpiAggregates Past(World w, out Campaign campaign)
    {
        var targets = new TargetTable(w.Tree.Count, w.Catalog.Count);
        targets[w["M1"].Index, w.Catalog.Find("s1")!.Index] = 100;
        campaign = SameWorkingDayTests.Campaign("2026-01-01T00:00", "2026-01-11T00:00", new WorkCalendar([
            new CalendarDay(new DateOnly(2026, 1, 1), CalendarDayKind.Holiday, "元旦", "New Year", false),
            new CalendarDay(new DateOnly(2026, 1, 2), CalendarDayKind.Holiday, "元旦", "New Year", false)]), targets);
        campaign = new Campaign
        {
            Id = campaign.Id, Name = campaign.Name, Start = campaign.Start, End = campaign.End, TimeZone = campaign.TimeZone,
            ProgressMode = campaign.ProgressMode, Calendar = campaign.Calendar, Targets = targets,
            Kpis = [.. w.Campaign.Kpis],
        };
        var aggregates = new KpiAggregates(w.Tree, w.Catalog, campaign, keepJournal: false);
        var s1 = w.Catalog.Find("s1")!.Index;
        long seq = 0;
        void Book(string local, double value) => aggregates.Apply(new EventRecord(++seq, "h" + seq, WorldBuilder.At(local).ToUnixTimeMilliseconds(), w["M1"].Index, s1, value));
        Book("2026-01-03T11:00", 5);
        Book("2026-01-05T10:00", 30);
        Book("2026-01-06T10:00", 20);
        Book("2026-01-08T10:00", 1000);
        return aggregates;
    }
}
