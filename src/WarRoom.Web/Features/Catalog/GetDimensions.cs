using MediatR;
using WarRoom.Core;
using WarRoom.Core.Dimensions;

namespace WarRoom.Web.Features.Catalog;

/// <summary>GET /api/v1/dimensions — the dimensions (and their values) an event's <c>tags</c> may name, from seed data.</summary>
public static class GetDimensions
{
    public sealed record Query : IRequest<Response>;

    public sealed record Response(IReadOnlyList<DimensionDto> Dimensions);

    public sealed record DimensionDto(string Code, LocalizedText Name, IReadOnlyList<ValueDto> Values);

    public sealed record ValueDto(string Code, LocalizedText Name);

    public sealed class Handler(DimensionCatalog dimensions) : IRequestHandler<Query, Response>
    {
        public Task<Response> Handle(Query request, CancellationToken cancellationToken) => Task.FromResult(new Response(
            [.. dimensions.All.Select(d => new DimensionDto(d.Code, d.Name, [.. d.Values.Select(v => new ValueDto(v.Code, v.Name))]))]));
    }
}
