using WarRoom.Core.Kpis;

namespace WarRoom.Core.Campaigns;

/// <summary>A KPI in play in a campaign with its weight in the composite score.</summary>
public sealed record CampaignKpi(Kpi Kpi, double Weight);
