using FluentValidation;
using MediatR;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Snapshots.Compare;
using WarRoom.Web.Features.Snapshots.Storage;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Snapshots;

/// <summary>GET /api/v1/snapshots/compare?from=&amp;to= — week over week: value and rank deltas, climbers, fallers, targets crossed.</summary>
public static class CompareSnapshots
{
    public sealed record Query(Viewer Viewer, string? From, string? To) : IRequest<ComparisonDto>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.From).Must(IsId).OverridePropertyName("from").WithMessage(q => $"from must be a snapshot id (a whole number), got '{q.From}'");
            RuleFor(q => q.To).Must(IsId).OverridePropertyName("to").WithMessage(q => $"to must be a snapshot id (a whole number), got '{q.To}'");
        }
    }

    public sealed class Handler(OrgTree org, SnapshotStore store) : IRequestHandler<Query, ComparisonDto>
    {
        public Task<ComparisonDto> Handle(Query request, CancellationToken cancellationToken)
        {
            var from = SnapshotAccess.Load(store, org, request.Viewer, long.Parse(request.From!, System.Globalization.CultureInfo.InvariantCulture), "from");
            var to = SnapshotAccess.Load(store, org, request.Viewer, long.Parse(request.To!, System.Globalization.CultureInfo.InvariantCulture), "to");

            // Ranks are positions among the scope's units: a rank in a bank-wide snapshot and one in a branch's are not comparable.
            if (from.Scope.Code != to.Scope.Code)
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure("to",
                    $"snapshot {to.Id} covers {to.Scope.Code} but snapshot {from.Id} covers {from.Scope.Code}; compare snapshots of the same scope")]);
            }

            return Task.FromResult(SnapshotComparison.Compare(from, to));
        }
    }

    private static bool IsId(string? text) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0;
}
