using MediatR;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Guidance;

/// <summary>
/// GET /api/v1/briefings — which daily briefings (晨报) the caller may read: every branch and sub-branch in their
/// scope, parents before children, each with the address of today's briefing in zh and en, and the days the
/// briefings run. The briefing itself stays at /api/v1/briefings/{unit}.
/// </summary>
public static class ListBriefings
{
    public sealed record Query(Viewer Viewer) : IRequest<Response>;

    public sealed record Response(DateOnly Today, DateOnly First, DateOnly Last, IReadOnlyList<Item> Items);

    public sealed record Item(string Unit, string Name, string? NameEn, string Level, string Href, string HrefEn);

    public sealed class Handler(OrgTree org, Campaign campaign, TimeProvider clock) : IRequestHandler<Query, Response>
    {
        public Task<Response> Handle(Query request, CancellationToken cancellationToken)
        {
            var items = org.Units
                .Where(u => BriefingWriter.Writes(u) && request.Viewer.Sees(u))
                .Select(u => new Item(u.Code, u.Name, u.NameEn, u.Level.ToWire(),
                    $"/api/v1/briefings/{u.Code}", $"/api/v1/briefings/{u.Code}?lang=en"))
                .ToList();
            return Task.FromResult(new Response(
                campaign.LocalDate(clock.GetUtcNow()), BriefingWriter.FirstDate(campaign), BriefingWriter.LastDate(campaign), items));
        }
    }
}
