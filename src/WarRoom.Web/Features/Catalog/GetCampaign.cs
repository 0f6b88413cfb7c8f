using MediatR;
using WarRoom.Core.Campaigns;

namespace WarRoom.Web.Features.Catalog;

/// <summary>GET /api/v1/campaign — the campaign with time progress and days left at the business clock's now.</summary>
public static class GetCampaign
{
    public sealed record Query : IRequest<Response>;

    public sealed record Response(
        string Id, string Name, string? NameEn, DateTimeOffset Start, DateTimeOffset End, string TimeZone,
        string ProgressMode, DateTimeOffset AsOf, double TimeProgress, int DaysLeft, double ScoreCap,
        IReadOnlyList<string> Kpis, IReadOnlyList<WeightDto> Weights);

    public sealed record WeightDto(string Kpi, double Weight);

    public sealed class Handler(Campaign campaign, TimeProvider clock) : IRequestHandler<Query, Response>
    {
        public Task<Response> Handle(Query request, CancellationToken cancellationToken)
        {
            var now = campaign.ToLocal(clock.GetUtcNow());
            return Task.FromResult(new Response(
                campaign.Id, campaign.Name, campaign.NameEn,
                campaign.Start, campaign.End, campaign.TimeZone.Id, campaign.ProgressMode.ToWire(), now,
                Math.Round(campaign.TimeProgress(now), 6), campaign.DaysLeft(now), campaign.ScoreCap,
                [.. campaign.Kpis.Select(k => k.Kpi.Code)],
                [.. campaign.Kpis.Select(k => new WeightDto(k.Kpi.Code, k.Weight))]));
        }
    }
}
