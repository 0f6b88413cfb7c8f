using FluentValidation;
using Mapster;
using MediatR;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Search;

/// <summary>/search?q= — units and managers inside the viewer's scope whose code or name matches, best first.</summary>
public static class SearchUnits
{
    public const int MaxResults = 50;

    public sealed record Query(Viewer Viewer, string? Q) : IRequest<Response>;

    /// <summary><paramref name="Total"/> counts every match; <paramref name="Items"/> holds the best <see cref="MaxResults"/>.</summary>
    public sealed record Response(string Q, int Total, IReadOnlyList<Hit> Items);

    /// <summary><paramref name="Path"/>: the names between the viewer's scope and the unit, for telling two 张伟 apart.</summary>
    public sealed record Hit(string Code, string Name, string? NameEn, string Level, IReadOnlyList<PathStep> Path);

    public sealed record PathStep(string Code, string Name, string? NameEn);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() =>
            RuleFor(q => q.Q).MaximumLength(50).OverridePropertyName("q").WithMessage("q must be at most 50 characters");
    }

    public sealed class Handler(OrgTree org) : IRequestHandler<Query, Response>
    {
        public Task<Response> Handle(Query request, CancellationToken cancellationToken)
        {
            var matcher = new UnitMatcher(request.Q);
            if (matcher.IsEmpty)
            {
                return Task.FromResult(new Response(string.Empty, 0, []));
            }

            var scope = request.Viewer.Scope;
            var hits = new List<(int Strength, OrgUnit Unit)>();
            for (var i = scope.Index; i < scope.SubtreeEnd; i++)
            {
                var unit = org[i];
                if (request.Viewer.Sees(unit) && matcher.Strength(unit.Code, unit.Name, unit.NameEn) is { } strength)
                {
                    hits.Add((strength, unit));
                }
            }

            var best = hits.OrderBy(h => h.Strength).ThenBy(h => h.Unit.Level).ThenBy(h => h.Unit.Code, StringComparer.Ordinal)
                .Take(MaxResults).Select(h => HitOf(h.Unit, scope));
            return Task.FromResult(new Response(request.Q!.Trim(), hits.Count, [.. best]));
        }

        private static Hit HitOf(OrgUnit unit, OrgUnit scope) => unit.Adapt<Hit>(SearchMapping.Config) with
        {
            Path = [.. OrgTree.SelfAndAncestors(unit).Skip(1).TakeWhile(u => u.IsWithin(scope) && !u.Level.IsRoot)
                .Reverse().Select(u => u.Adapt<PathStep>(SearchMapping.Config))],
        };
    }
}
