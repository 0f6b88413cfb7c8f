using FluentValidation;
using MediatR;
using WarRoom.Core;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Mediator;

namespace WarRoom.Web.Features.Breakdowns;

/// <summary>
/// GET /api/v1/breakdown?scope=&amp;kpi=&amp;by=&amp;window=campaign|today|week — a sum KPI of the scope's subtree cut by
/// one dimension, from the in-memory aggregates: one item per value (in the seed's order) and, when some events
/// carried no tag, an <c>untagged</c> item (未标注), so the shares add up to 1 (<see cref="Breakdown.Shares"/>).
/// </summary>
public static class GetBreakdown
{
    public sealed record Query(Viewer Viewer, string? Scope, string? Kpi, string? By, string? Window) : IRequest<BreakdownDto>, IReadsAggregates;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(KpiCatalog kpis, DimensionCatalog dimensions)
        {
            RuleFor(q => q.Kpi).NotEmpty().OverridePropertyName("kpi").WithMessage("kpi is required (a KPI code)");
            RuleFor(q => q.Kpi).Must(k => k is null || kpis.Find(k) is not null)
                .OverridePropertyName("kpi").WithMessage(q => $"unknown kpi '{q.Kpi}'");
            RuleFor(q => q.Kpi).Must(k => kpis.Find(k) is not { } kpi || kpi.Aggregation == KpiAggregation.Sum)
                .OverridePropertyName("kpi")
                .WithMessage(q => $"kpi '{q.Kpi}' is {kpis.Find(q.Kpi)!.AggregationName}: only sum KPIs break down into shares");
            RuleFor(q => q.By).NotEmpty().OverridePropertyName("by")
                .WithMessage($"by is required (a dimension: {string.Join(", ", dimensions.All.Select(d => d.Code))})");
            RuleFor(q => q.By).Must(b => b is null || dimensions.Find(b) is not null).OverridePropertyName("by")
                .WithMessage(q => $"unknown dimension '{q.By}' (one of: {string.Join(", ", dimensions.All.Select(d => d.Code))})");
            RuleFor(q => q.Window).Must(w => w is null or "campaign" or "today" or "week").OverridePropertyName("window")
                .WithMessage(q => $"window '{q.Window}' must be campaign, today or week");
        }
    }

    public sealed class Handler(OrgTree org, KpiCatalog kpis, DimensionCatalog dimensions, KpiAggregates aggregates, TimeProvider clock)
        : IRequestHandler<Query, BreakdownDto>
    {
        public Task<BreakdownDto> Handle(Query request, CancellationToken cancellationToken)
        {
            var unit = request.Viewer.Open(org, request.Scope);
            var kpi = kpis.Find(request.Kpi)!;
            RankWindow.TryParse(request.Window ?? "campaign", out var window);
            var now = clock.GetUtcNow();
            var b = aggregates.BreakdownOf(unit, kpi, dimensions.Find(request.By)!, window, now)
                ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure("window",
                    $"window '{window}': the figures by tag of that day are no longer kept (the clock is behind the latest tagged events)")]);
            return Task.FromResult(BreakdownDto.From(b, unit, kpi, window, now));
        }
    }
}

public sealed record BreakdownDto(
    DateTimeOffset AsOf, string Scope, string Kpi, string By, LocalizedText Dimension, string Window, double Total, IReadOnlyList<BreakdownItemDto> Items)
{
    public static BreakdownDto From(Breakdown b, OrgUnit unit, Kpi kpi, RankWindow window, DateTimeOffset asOf) => new(
        asOf, unit.Code, kpi.Code, b.Dimension.Code, b.Dimension.Name, window.ToWire(), RankingDto.Round(b.Total, 4) ?? 0,
        [.. b.Shares().Select(s => new BreakdownItemDto(s.Key, s.Name, RankingDto.Round(s.Value, 4) ?? 0, RankingDto.Round(s.Share, 6)))]);
}

public sealed record BreakdownItemDto(string Key, LocalizedText Name, double Value, double? Share);
