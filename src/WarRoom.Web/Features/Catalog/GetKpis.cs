using MediatR;
using WarRoom.Core;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;

namespace WarRoom.Web.Features.Catalog;

/// <summary>
/// GET /api/v1/kpis — the catalogue; the weight is the campaign's where the KPI is in play, and what one event
/// may carry (whole numbers only, its least and most value), so a source can check before it sends; a ratio
/// names the two KPIs it divides (send those).
/// </summary>
public static class GetKpis
{
    public sealed record Query : IRequest<Response>;

    public sealed record Response(IReadOnlyList<KpiDto> Kpis);

    public sealed record KpiDto(
        string Code, LocalizedText Name, string Unit, string Aggregation, string Direction, double Weight, double BigDeal, bool InCampaign,
        bool Integer, double MinEvent, double MaxEvent, string? Numerator, string? Denominator)
    {
        public static KpiDto From(Kpi kpi, Campaign campaign)
        {
            var weight = campaign.WeightOf(kpi);
            return new KpiDto(
                kpi.Code, new LocalizedText(kpi.NameZh, kpi.NameEn), kpi.Unit,
                kpi.AggregationName,
                kpi.Direction == KpiDirection.HigherIsBetter ? "higher" : "lower",
                weight ?? kpi.Weight, kpi.BigDeal, weight is not null, kpi.Integer, kpi.MinEvent, kpi.MaxEvent,
                kpi.Numerator?.Code, kpi.Denominator?.Code);
        }
    }

    public sealed class Handler(KpiCatalog kpis, Campaign campaign) : IRequestHandler<Query, Response>
    {
        public Task<Response> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult(new Response([.. kpis.All.Select(k => KpiDto.From(k, campaign))]));
    }
}
