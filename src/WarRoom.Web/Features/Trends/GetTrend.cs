using FluentValidation;
using MediatR;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Features.Trends;

/// <summary>
/// GET /api/v1/units/{code}/trend?kpi=&amp;interval=1h|1d — the cumulative series of the unit's subtree
/// (<see cref="UnitTrend"/>: days from the aggregates, hours from the store), with the target path beside it.
/// </summary>
public static class GetTrend
{
    public sealed record Query(Viewer Viewer, string Code, string? Kpi, string? Interval) : IRequest<TrendDto>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(KpiCatalog kpis)
        {
            RuleFor(q => q.Kpi).NotEmpty().OverridePropertyName("kpi").WithMessage("kpi is required (a KPI code)");
            RuleFor(q => q.Kpi).Must(k => k is null || kpis.Find(k) is not null)
                .OverridePropertyName("kpi").WithMessage(q => $"unknown kpi '{q.Kpi}'");
            RuleFor(q => q.Interval).Must(i => i is null or "1h" or "1d")
                .OverridePropertyName("interval").WithMessage(q => $"interval '{q.Interval}' must be 1h or 1d");
        }
    }

    public sealed class Handler(OrgTree org, KpiCatalog kpis, Campaign campaign, UnitTrend trend, TimeProvider clock) : IRequestHandler<Query, TrendDto>
    {
        public async Task<TrendDto> Handle(Query request, CancellationToken cancellationToken)
        {
            var unit = request.Viewer.Open(org, request.Code);
            var kpi = kpis.Find(request.Kpi)!;
            var interval = request.Interval == "1h" ? UnitTrend.Hour : UnitTrend.Day;
            var now = campaign.ToLocal(clock.GetUtcNow());
            var to = now < campaign.End ? now : campaign.End;
            var points = await trend.ReadAsync(unit, kpi, interval, to, cancellationToken);
            var target = campaign.Targets.Get(unit, kpi);
            return new TrendDto(unit.Code, kpi.Code, request.Interval ?? "1d", now, RankingDto.Round(target, 4),
                [.. points.Select(p => TrendPointDto.From(p, interval, target, campaign, to))]);
        }
    }
}

public sealed record TrendDto(string Unit, string Kpi, string Interval, DateTimeOffset AsOf, double? Target, IReadOnlyList<TrendPointDto> Points);

/// <summary><paramref name="Expected"/>: where the unit should stand at the bucket's end (target × time progress).</summary>
public sealed record TrendPointDto(DateTimeOffset Time, double Value, double? Expected)
{
    public static TrendPointDto From(SeriesPoint p, TimeSpan interval, double? target, Campaign campaign, DateTimeOffset until)
    {
        var end = p.Time + interval < until ? p.Time + interval : until;
        return new TrendPointDto(p.Time, Math.Round(p.Value, 4), target is { } t ? Math.Round(t * campaign.TimeProgress(end), 4) : null);
    }
}
