using FluentValidation;
using MediatR;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Infrastructure.Mediator;

namespace WarRoom.Web.Features.Rankings;

/// <summary>GET /api/v1/rankings — a ranking of one level inside the caller's scope, from the in-memory aggregates.</summary>
public static class GetRankings
{
    public sealed record Query(
        Viewer Viewer, string? Level = null, string? Metric = null, string? Basis = null, string? Scope = null,
        string? Window = null, string? From = null, string? To = null, string? Top = null, string? PeerGroup = null,
        string? AsOf = null, string? Tag = null) : IRequest<RankingDto>, IReadsAggregates;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(KpiCatalog kpis, DimensionCatalog dimensions, OrgTree org)
        {
            RuleFor(q => q.Tag).Must(t => t is null || TagFilter.TryParse(t, dimensions, out _) is null)
                .OverridePropertyName("tag").WithMessage(q => TagFilter.TryParse(q.Tag!, dimensions, out _));
            RuleFor(q => q.Level).Must(l => l is null || (org.Levels.TryParse(l, out var level) && !level.IsRoot))
                .OverridePropertyName("level").WithMessage(q => $"level '{q.Level}' must be {org.Levels.Describe(org.Levels.BelowRoot)}");
            RuleFor(q => q.Metric).Must(m => RankingParameters.IsMetric(m, kpis))
                .OverridePropertyName("metric").WithMessage(q => $"metric '{q.Metric}' must be a KPI code or 'composite'");
            RuleFor(q => q.Basis).Must(b => b is null || RankBasisNames.TryParse(b, out _))
                .OverridePropertyName("basis").WithMessage(q => $"basis '{q.Basis}' must be value, completion or pace");
            RuleFor(q => q).Must(q => RankingParameters.TryWindow(q.Window, q.From, q.To, out _))
                .OverridePropertyName("window").WithMessage(q => $"window must be campaign, today, week, or from/to dates (yyyy-MM-dd, from ≤ to); got window='{q.Window}' from='{q.From}' to='{q.To}'");
            RuleFor(q => q.Top).Must(t => t is null || RankingParameters.TryTop(t, out _))
                .OverridePropertyName("top").WithMessage(q => $"top must be a whole number from 1 to {RankingParameters.MaxTop}, got '{q.Top}'");
        }
    }

    public sealed class Handler(OrgTree org, Ranker ranker, Campaign campaign, KpiCatalog kpis, DimensionCatalog dimensions, TimeProvider clock, RankingTiming timing, RankingWarmer warmer)
        : IRequestHandler<Query, RankingDto>
    {
        public Task<RankingDto> Handle(Query request, CancellationToken cancellationToken)
        {
            var scope = request.Viewer.Open(org, request.Scope);
            var level = request.Level is null ? RankingParameters.DefaultLevel(scope) : Parse(request.Level);
            if (level <= scope.Level)
            {
                throw Invalid("level", $"level '{level.ToWire()}' is not below the scope {scope.Code} (a {scope.Level.ToWire()})");
            }

            if (request.PeerGroup is { } peer && !org.UnitsAt(level, scope).Any(u => u.PeerGroup == peer))
            {
                throw Invalid("peerGroup", $"no {level.ToWire()} in {scope.Code} has peer group '{peer}'");
            }

            RankingParameters.TryWindow(request.Window, request.From, request.To, out var window);
            RankBasisNames.TryParse(request.Basis ?? "value", out var basis);
            RankingParameters.TryTop(request.Top, out var top);
            var now = campaign.ToLocal(clock.GetUtcNow());
            var at = AsOfParameter.Parse(request.AsOf, campaign, now);
            TagFilter? tag = null;
            if (request.Tag is not null && TagFilter.TryParse(request.Tag, dimensions, out tag) is null
                && (TagFilter.Problem(kpis.Find(request.Metric), basis, window, at is not null)
                    ?? (ranker.Aggregates.KeepsTags(window, now) ? null : $"the figures by tag over {window} are no longer kept (the clock is behind the latest tagged events)")) is { } problem)
            {
                throw Invalid("tag", $"tag '{request.Tag}': {problem}");
            }

            var query = new RankingQuery(level, request.Metric ?? RankingQuery.Composite, basis, scope, window, top, request.PeerGroup, Forecast: true, tag);
            if (at is null)
            {
                warmer.Asked(query);
            }

            var result = at is { } asOf ? ranker.RankAsOf(query, asOf) : ranker.Rank(query, now);
            timing.LockWait += result.LockWait;
            return Task.FromResult(RankingDto.From(result));
        }

        private OrgLevel Parse(string level) => org.Levels.TryParse(level, out var l) ? l : org.Levels[1];
    }

    private static ValidationException Invalid(string parameter, string message) =>
        new([new FluentValidation.Results.ValidationFailure(parameter, message)]);
}
