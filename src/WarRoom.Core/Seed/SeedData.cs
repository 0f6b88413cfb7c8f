using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Seed;

/// <summary>Everything WarRoom loads at start: the org tree, the KPI catalogue and the campaign with its targets.</summary>
public sealed record SeedData(OrgTree Org, KpiCatalog Kpis, Campaign Campaign);
