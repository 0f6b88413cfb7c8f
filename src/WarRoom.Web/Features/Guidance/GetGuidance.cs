using System.Globalization;
using FluentValidation;
using MediatR;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Guidance;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Infrastructure.Mediator;

namespace WarRoom.Web.Features.Guidance;

/// <summary>
/// GET /api/v1/guidance?scope=&amp;severity=&amp;kind=&amp;level=&amp;top= — the guidance about the scope's subtree (the
/// viewer's scope by default), in the engine's order: severity, unit in tree order, kind, KPI. severity and kind take
/// comma-separated lists; level keeps one level; top keeps the first N (total counts them all).
/// </summary>
public static class GetGuidance
{
    public sealed record Query(Viewer Viewer, string? Scope, string? Severity, string? Kind, string? Level, string? Top, string? AsOf = null) : IRequest<Response>, IReadsAggregates;

    public sealed record Response(
        DateTimeOffset AsOf, long Version, string Scope, double TimeProgress, int DaysLeft, int Total, IReadOnlyList<GuidanceItemDto> Items);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(OrgTree org)
        {
            RuleFor(q => q.Severity).Must(s => GuidanceFilter.TryParseSeverities(s, out _))
                .WithMessage(q => $"severity '{q.Severity}' must be one or more of critical, warn, info, comma-separated")
                .OverridePropertyName("severity");
            RuleFor(q => q.Kind).Must(k => GuidanceFilter.TryParseKinds(k, out _))
                .WithMessage(q => $"kind '{q.Kind}' must be one or more of {string.Join(", ", GuidanceKindNames.All.Select(k => k.ToWire()))}, comma-separated")
                .OverridePropertyName("kind");
            RuleFor(q => q.Level).Must(l => GuidanceFilter.TryParseLevel(l, org.Levels, out _))
                .WithMessage(q => $"level '{q.Level}' must be {org.Levels.Describe(org.Levels.BelowRoot)}")
                .OverridePropertyName("level");
            RuleFor(q => q.Top).Must(t => t is null || (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0))
                .WithMessage(q => $"top '{q.Top}' must be a whole number ≥ 0")
                .OverridePropertyName("top");
        }
    }

    public sealed class Handler(OrgTree org, Campaign campaign, GuidanceCache cache, TimeProvider clock) : IRequestHandler<Query, Response>
    {
        public Task<Response> Handle(Query request, CancellationToken cancellationToken)
        {
            var scope = request.Viewer.Open(org, request.Scope);

            GuidanceFilter.TryParseSeverities(request.Severity, out var severities);
            GuidanceFilter.TryParseKinds(request.Kind, out var kinds);
            GuidanceFilter.TryParseLevel(request.Level, org.Levels, out var level);
            var asOf = Rankings.AsOfParameter.Parse(request.AsOf, campaign, clock.GetUtcNow());
            var report = asOf is { } at ? cache.AsOf(at) : cache.Current();
            var matching = report.Within(scope)
                .Where(i => (severities is null || severities.Contains(i.Severity)) && (kinds is null || kinds.Contains(i.Kind))
                    && (level is null || i.Unit.Level == level))
                .ToList();
            var top = request.Top is null ? matching.Count : int.Parse(request.Top, CultureInfo.InvariantCulture);
            return Task.FromResult(new Response(
                campaign.ToLocal(report.AsOf), report.Version, scope.Code, Math.Round(report.TimeProgress, 6), report.DaysLeft, matching.Count,
                [.. matching.Take(top).Select(cache.Describe)]));
        }
    }
}
