using WarRoom.Core.Campaigns;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Seed;

/// <summary>
/// Everything WarRoom loads at start: the org tree, the KPI catalogue, the campaign with its targets, and the
/// dimensions events may be tagged with.
/// </summary>
public sealed record SeedData(OrgTree Org, KpiCatalog Kpis, Campaign Campaign)
{
    public DimensionCatalog Dimensions { get; init; } = DimensionCatalog.Empty;
}
