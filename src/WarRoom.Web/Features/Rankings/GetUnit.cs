using MediatR;
using WarRoom.Core;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Features.Catalog;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Mediator;

namespace WarRoom.Web.Features.Rankings;

/// <summary>
/// GET /api/v1/units/{code} — one unit campaign-to-date: every KPI's value, target, completion, pace, rank among
/// its siblings and contribution to the composite score (the contributions add up to the score).
/// </summary>
public static class GetUnit
{
    public sealed record Query(Viewer Viewer, string Code, string? AsOf = null) : IRequest<UnitDto>, IReadsAggregates;

    public sealed class Handler(OrgTree org, Ranker ranker, Campaign campaign, TimeProvider clock) : IRequestHandler<Query, UnitDto>
    {
        public Task<UnitDto> Handle(Query request, CancellationToken cancellationToken)
        {
            var unit = request.Viewer.Open(org, request.Code);
            var now = campaign.ToLocal(clock.GetUtcNow());
            var asOf = AsOfParameter.Parse(request.AsOf, campaign, now);
            var detail = asOf is { } at ? ranker.DetailAsOf(unit, at) : ranker.Detail(unit, now);
            return Task.FromResult(UnitDto.From(detail, campaign.DaysLeft(asOf ?? now), request.Viewer));
        }
    }
}

public sealed record UnitDto(
    GetOrg.UnitDto Unit, IReadOnlyList<CrumbDto> Path, DateTimeOffset AsOf, double TimeProgress, int DaysLeft,
    double? Score, int? ScoreRank, int SiblingCount, DateTimeOffset? LastEventTime,
    IReadOnlyList<UnitKpiDto> Kpis, ChildrenDto Children)
{
    public static UnitDto From(UnitDetail d, int daysLeft, Viewer viewer) => new(
        GetOrg.UnitDto.From(d.Unit),
        [.. OrgTree.SelfAndAncestors(d.Unit).Reverse().Select(u => new CrumbDto(u.Code, u.Name, u.NameEn, viewer.Sees(u)))],
        d.AsOf, RankingDto.Round6(d.TimeProgress), daysLeft, RankingDto.Round(d.Score, 4), d.ScoreRank, d.SiblingCount, d.LastEventTime,
        [.. d.Kpis.Select(UnitKpiDto.From)],
        new ChildrenDto(d.Unit.Children.Count > 0 ? d.Unit.Children[0].Level.ToWire() : null, d.Children.Count, d.Children.AheadOfTimeProgress, d.Children.WithoutScore));
}

/// <summary>One step of the breadcrumb trail; <paramref name="Visible"/> says whether the viewer may open it.</summary>
public sealed record CrumbDto(string Code, string Name, string? NameEn, bool Visible);

public sealed record ChildrenDto(string? Level, int Count, int AheadOfTimeProgress, int WithoutScore);

public sealed record UnitKpiDto(
    string Kpi, LocalizedText Name, string Unit, double Weight, double Value, double? Target,
    double? Completion, double? Pace, int? SiblingRank, double? Contribution, int ChildrenAhead, ForecastDto? Forecast,
    LastYearDto? LastYear)
{
    public static UnitKpiDto From(UnitKpiDetail k) => new(
        k.Kpi.Code, new LocalizedText(k.Kpi.NameZh, k.Kpi.NameEn), k.Kpi.Unit, k.Weight,
        Math.Round(k.Value, 4), RankingDto.Round(k.Target, 4), RankingDto.Round(k.Completion, 6), RankingDto.Round(k.Pace, 6),
        k.SiblingRank, RankingDto.Round(k.Contribution, 4), k.ChildrenAhead, ForecastDto.From(k.Forecast),
        k.LastYear is { } y ? new LastYearDto(Math.Round(y.Value, 4), RankingDto.Round(y.Completion, 6)) : null);
}

/// <summary>Expected completion at the campaign's end with its 80 % band, and the method's name (docs/forecast.md).</summary>
public sealed record ForecastDto(double Completion, double Low, double High, string Method)
{
    public static ForecastDto? From(WarRoom.Core.Forecasting.Forecast? f) => f is null ? null
        : new(Math.Round(f.Completion, 6), Math.Round(f.Low, 6), Math.Round(f.High, 6), f.Method);
}

/// <summary>同比: the value and completion at the same working day of the previous campaign (API.md "Leadership analytics").</summary>
public sealed record LastYearDto(double Value, double? Completion);
