using Mapster;
using WarRoom.Core;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Web.Features.Snapshots;

/// <summary>
/// Snapshots' mapping from the domain (scope, campaign, rankings, unit detail) to the frozen record a snapshot keeps
/// (Mapster, one config per area, compiled once; MappingConfigTests validates every area's config). Figures are
/// rounded as on the wire (values 4 decimals, ratios 6) once, when the snapshot is taken. A KPI cell names its KPI
/// through the <see cref="KpiParameter"/> map parameter: a ranking item does not know which KPI ranked it.
/// </summary>
public static class SnapshotMapping
{
    public const string KpiParameter = "kpi";

    public static readonly TypeAdapterConfig Config = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true, RequireExplicitMapping = true };
        // An immutable value passes as it is.
        config.NewConfig<LocalizedText, LocalizedText>().MapWith(s => s);
        config.NewConfig<OrgUnit, SnapshotUnitDto>()
            .Map(d => d.Level, s => s.Level.ToWire());
        config.NewConfig<Campaign, SnapshotCampaignDto>()
            .Map(d => d.TimeZone, s => s.TimeZone.Id)
            .Map(d => d.ProgressMode, s => s.ProgressMode.ToWire());
        config.NewConfig<CampaignKpi, SnapshotKpiDto>()
            .Map(d => d.Code, s => s.Kpi.Code)
            .Map(d => d.Name, s => new LocalizedText(s.Kpi.NameZh, s.Kpi.NameEn))
            .Map(d => d.Unit, s => s.Kpi.Unit)
            .Map(d => d.Decimals, s => s.Kpi.Decimals)
            .Map(d => d.Direction, s => s.Kpi.Direction == KpiDirection.HigherIsBetter ? "higher" : "lower");
        config.NewConfig<UnitKpiDetail, SnapshotFigureDto>()
            .Map(d => d.Kpi, s => s.Kpi.Code)
            .Map(d => d.Value, s => Math.Round(s.Value, 4))
            .Map(d => d.Target, s => Round(s.Target, 4))
            .Map(d => d.Completion, s => Round(s.Completion, 6))
            .Map(d => d.Pace, s => Round(s.Pace, 6));
        config.NewConfig<RankingItem, SnapshotCompositeDto>()
            .Map(d => d.Score, s => Round(s.Score, 4))
            .Map(d => d.Completion, s => Round(s.Completion, 6))
            .Map(d => d.Pace, s => Round(s.Pace, 6));
        config.NewConfig<RankingItem, SnapshotKpiCellDto>()
            .Map(d => d.Kpi, s => (string)MapContext.Current!.Parameters[KpiParameter])
            .Map(d => d.Value, s => Math.Round(s.Value ?? 0, 4))
            .Map(d => d.Target, s => Round(s.Target, 4))
            .Map(d => d.Completion, s => Round(s.Completion, 6))
            .Map(d => d.Pace, s => Round(s.Pace, 6));
        config.NewConfig<RankingItem, SnapshotRowDto>()
            .Map(d => d.Unit, s => s.Unit.Code)
            .Map(d => d.Name, s => s.Unit.Name)
            .Map(d => d.NameEn, s => s.Unit.NameEn)
            .Map(d => d.Parent, s => s.Unit.ParentCode)
            .Map(d => d.PeerGroup, s => s.Unit.PeerGroup)
            .Map(d => d.Composite, s => s)
            .Ignore(d => d.Kpis);
        config.Compile();
        return config;
    }

    /// <summary>A KPI's cell of a row: the item of that KPI's ranking, named by its code.</summary>
    public static SnapshotKpiCellDto Cell(RankingItem item, string kpi) =>
        item.BuildAdapter(Config).AddParameters(KpiParameter, kpi).AdaptToType<SnapshotKpiCellDto>();

    public static double? Round(double? v, int digits) => v is { } x ? Math.Round(x, digits) : null;
}
