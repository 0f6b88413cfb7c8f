using MediatR;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Features.Trends;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Mediator;

namespace WarRoom.Web.Features.DrillDown;

/// <summary>
/// Everything /units/{code} shows, in one request: the unit with its KPI cards and breadcrumbs, the ranking table of
/// what lies below it, a trend per campaign KPI, and its guidance. Each part comes from the request that owns it,
/// so the page sees exactly what the API would show the same viewer.
/// </summary>
public static class GetDrillDown
{
    /// <param name="MaxGuidance">guidance items at most: a static page lists <see cref="MaxGuidanceItems"/>, the
    /// interactive one pages through all of them</param>
    public sealed record Query(Viewer Viewer, string Code, ChildrenView View, int MaxGuidance = MaxGuidanceItems) : IRequest<Response>, IReadsAggregates;

    /// <param name="Children">null for a unit with nothing below it (a manager)</param>
    /// <param name="Guidance">the items about the unit and its subtree the viewer may see, most severe first</param>
    public sealed record Response(
        UnitDto Unit, ChildrenTable? Children, IReadOnlyList<TrendDto> Trends, IReadOnlyList<GuidanceItemDto> Guidance,
        DateTimeOffset CampaignStart, DateTimeOffset CampaignEnd);

    /// <summary>Guidance items a static page lists at most: a page is read, not scrolled.</summary>
    public const int MaxGuidanceItems = 50;

    public sealed class Handler(IMediator mediator, OrgTree org, Campaign campaign, GuidanceCache guidance, DrillDownCache cache) : IRequestHandler<Query, Response>
    {
        /// <summary>Shared between callers (<see cref="DrillDownCache"/>), so built without any one caller's cancellation.</summary>
        public Task<Response> Handle(Query request, CancellationToken cancellationToken) =>
            cache.GetAsync(request, () => BuildAsync(request, CancellationToken.None)).WaitAsync(cancellationToken);

        private async Task<Response> BuildAsync(Query request, CancellationToken cancellationToken)
        {
            var unit = await mediator.Send(new GetUnit.Query(request.Viewer, request.Code), cancellationToken);
            var children = await mediator.Send(new GetChildren.Query(request.Viewer, request.Code, request.View), cancellationToken);
            var trends = new List<TrendDto>(unit.Kpis.Count);
            foreach (var kpi in unit.Kpis)
            {
                // One after the other: the trend is the one read that costs a store query, and SQLite has one writer.
                trends.Add(await mediator.Send(new GetTrend.Query(request.Viewer, request.Code, kpi.Kpi, "1d"), cancellationToken));
            }

            IReadOnlyList<GuidanceItemDto> items = [.. guidance.Current().Within(org.Find(unit.Unit.Code)!)
                .Where(i => request.Viewer.Sees(i.Unit))
                .Take(request.MaxGuidance)
                .Select(guidance.Describe)];
            return new Response(unit, children, trends, items, campaign.Start, campaign.End);
        }
    }
}
