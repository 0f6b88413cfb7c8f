using Mapster;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Web.Features.Snapshots.Capture;

/// <summary>
/// One level of a snapshot: the composite ranking (by score) gives the row order; each campaign KPI's ranking by
/// completion gives that KPI's cell of every row, with its own rank and movement.
/// </summary>
internal static class LevelCapture
{
    public static SnapshotLevelDto Capture(Ranker ranker, Campaign campaign, OrgUnit scope, OrgLevel level, DateTimeOffset asOf, bool past, List<long> versions)
    {
        var composite = Rank(ranker, new RankingQuery(level, RankingQuery.Composite, RankBasis.Value, scope, RankWindow.CampaignToDate), asOf, past);
        versions.Add(composite.Version);
        var cells = new Dictionary<string, SnapshotKpiCellDto[]>(composite.Total, StringComparer.Ordinal);
        foreach (var item in composite.Items)
        {
            cells[item.Unit.Code] = new SnapshotKpiCellDto[campaign.Kpis.Count];
        }

        for (var j = 0; j < campaign.Kpis.Count; j++)
        {
            var code = campaign.Kpis[j].Kpi.Code;
            var ranking = Rank(ranker, new RankingQuery(level, code, RankBasis.Completion, scope, RankWindow.CampaignToDate), asOf, past);
            versions.Add(ranking.Version);
            foreach (var item in ranking.Items)
            {
                if (cells.TryGetValue(item.Unit.Code, out var row))
                {
                    row[j] = SnapshotMapping.Cell(item, code);
                }
            }
        }

        var rows = composite.Items.Select(item => item.Adapt<SnapshotRowDto>(SnapshotMapping.Config) with { Kpis = cells[item.Unit.Code] });
        return new SnapshotLevelDto(level.ToWire(), composite.Total, [.. rows]);
    }

    private static RankingResult Rank(Ranker ranker, RankingQuery query, DateTimeOffset asOf, bool past) =>
        past ? ranker.RankAsOf(query, asOf) : ranker.Rank(query, asOf);
}
