using Mapster;
using MediatR;
using WarRoom.Core;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Catalog;

/// <summary>GET /api/v1/org — the tree's levels (root first) and the caller's subtree, flat, parents before children.</summary>
public static class GetOrg
{
    public sealed record Query(Viewer Viewer) : IRequest<Response>;

    public sealed record Response(IReadOnlyList<LevelDto> Levels, IReadOnlyList<UnitDto> Units);

    /// <summary>One level as the seed names it; <c>order</c> is its depth below HQ (0).</summary>
    public sealed record LevelDto(string Code, LocalizedText Name, int Order);

    public sealed record UnitDto(string Code, string Name, string? NameEn, string Level, string? Parent, string PeerGroup)
    {
        public static UnitDto From(OrgUnit unit) => unit.Adapt<UnitDto>(CatalogMapping.Config);
    }

    public sealed class Handler(OrgTree org) : IRequestHandler<Query, Response>
    {
        public Task<Response> Handle(Query request, CancellationToken cancellationToken)
        {
            var scope = request.Viewer.Scope;
            var units = new List<UnitDto>(scope.SubtreeEnd - scope.Index);
            for (var i = scope.Index; i < scope.SubtreeEnd; i++)
            {
                // The range is the scope's subtree; Sees also holds a manager to their own unit.
                if (request.Viewer.Sees(org[i]))
                {
                    units.Add(UnitDto.From(org[i]));
                }
            }

            return Task.FromResult(new Response([.. org.Levels.Select(l => new LevelDto(l.Code, l.Name, l.Depth))], units));
        }
    }
}
