using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Core.Guidance.Briefing;

/// <summary>One KPI's line: yesterday's value and rank among the siblings, and the campaign to date at yesterday's close.</summary>
internal sealed record BriefingKpi(UnitKpiDetail Detail, double Yesterday, int YesterdayRank);

/// <summary>
/// Everything a briefing says, read at the close of the day before <see cref="Date"/>. <see cref="HelpList"/> counts
/// the managers of the unit on the help list (critically behind or quiet), <see cref="HelpListInactive"/> the quiet ones.
/// </summary>
internal sealed record BriefingData(
    OrgUnit Unit,
    Campaign Campaign,
    DateOnly Date,
    double TimeProgress,
    int DaysLeft,
    int Siblings,
    RankingItem? Composite,
    IReadOnlyList<BriefingKpi> Kpis,
    IReadOnlyList<GuidanceItem> Actions,
    int HelpList,
    int HelpListInactive)
{
    public DateOnly Yesterday => Date.AddDays(-1);

    /// <summary>
    /// Reads the briefing's figures: every ranking at the last instant of yesterday, so that the data are yesterday's
    /// close whenever the briefing is asked for; yesterday's values are the custom window of that one day.
    /// </summary>
    public static BriefingData Collect(GuidanceGenerator generator, OrgUnit unit, DateOnly date)
    {
        var ranker = generator.Ranker;
        var campaign = ranker.Aggregates.Campaign;
        var yesterday = date.AddDays(-1);
        var midnight = campaign.StartOfDay(date);
        var asOf = midnight.AddTicks(-1);
        var parent = unit.Parent!;

        var composite = ranker.Rank(new RankingQuery(unit.Level, RankingQuery.Composite, RankBasis.Value, parent, RankWindow.CampaignToDate), asOf);
        var detail = ranker.Detail(unit, asOf);
        var kpis = new List<BriefingKpi>();
        foreach (var k in detail.Kpis)
        {
            var query = new RankingQuery(unit.Level, k.Kpi.Code, RankBasis.Value, parent, RankWindow.Between(yesterday, yesterday));
            var row = ranker.Rank(query, asOf).Items.Single(i => i.Unit == unit);
            kpis.Add(new BriefingKpi(k, row.Value ?? 0, row.Rank));
        }

        // The unit's own items and its children's, most severe first and higher levels before lower: a branch head's
        // three actions are about the branch and its sub-branches; the managers are counted in the help list line.
        var guidance = generator.GenerateAtClose(yesterday).Within(unit).ToList();
        var actions = guidance.Where(i => i.Unit == unit || i.Unit.Parent == unit)
            .OrderBy(i => i.Severity).ThenBy(i => i.Unit.Level).Take(3).ToList();
        var helpList = guidance.Where(i => i.Unit.Level.IsLeaf && i.Kind is GuidanceKind.PaceLag or GuidanceKind.Inactive).ToList();
        return new BriefingData(
            unit, campaign, date, campaign.TimeProgress(midnight), campaign.DaysLeft(midnight), composite.Total,
            composite.Items.SingleOrDefault(i => i.Unit == unit), kpis, actions,
            helpList.Count, helpList.Count(i => i.Kind == GuidanceKind.Inactive));
    }
}
