using FluentValidation;
using MediatR;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Snapshots.Capture;
using WarRoom.Web.Features.Snapshots.Storage;
using WarRoom.Web.Infrastructure.Audit;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Storage;
using WarRoom.Web.Infrastructure.Mediator;

namespace WarRoom.Web.Features.Snapshots;

/// <summary>
/// POST /api/v1/snapshots — a leader or branch head freezes the figures of a scope inside their own, now or as they
/// stood at a past <c>asOf</c> (Friday's close for Monday's review).
/// </summary>
public static class TakeSnapshot
{
    public const int MaxLabelLength = 100;

    public sealed record Command(Viewer Viewer, string? Scope, string? Label, string? AsOf = null) : IRequest<SnapshotDto>, IReadsAggregates;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(OrgTree org)
        {
            RuleFor(c => c.Scope).NotEmpty().OverridePropertyName("scope")
                .WithMessage("scope is required: the unit code the snapshot covers (HQ, a branch or a sub-branch)");
            RuleFor(c => c.Scope).Must(s => string.IsNullOrEmpty(s) || org.Find(s) is not null).OverridePropertyName("scope")
                .WithMessage(c => $"scope '{c.Scope}' is not a unit code");
            // Only about units the caller may see: for any other the handler's scope check answers 403 and says nothing more.
            RuleFor(c => c.Scope).Must((c, s) => org.Find(s) is not { Level.IsLeaf: true } manager || !c.Viewer.Sees(manager)).OverridePropertyName("scope")
                .WithMessage(c => $"scope '{c.Scope}' is a manager, who has no units below to rank; use HQ, a branch or a sub-branch");
            RuleFor(c => c.Label).Must(l => !string.IsNullOrWhiteSpace(l)).OverridePropertyName("label")
                .WithMessage("label is required, e.g. \"2027-W08 周例会\"");
            RuleFor(c => c.Label).Must(l => l is null || l.Trim().Length <= MaxLabelLength).OverridePropertyName("label")
                .WithMessage(c => $"label must be at most {MaxLabelLength} characters (got {c.Label!.Trim().Length})");
            RuleFor(c => c.Label).Must(l => l is null || !l.Any(char.IsControl)).OverridePropertyName("label")
                .WithMessage("label must not contain control characters (line breaks, tabs)");
        }
    }

    public sealed class Handler(
        OrgTree org, SnapshotCapture capture, SnapshotStore store, IAuditLog audit, TimeProvider clock, IngestPipeline pipeline,
        WarRoom.Core.Campaigns.Campaign campaign)
        : IRequestHandler<Command, SnapshotDto>
    {
        public async Task<SnapshotDto> Handle(Command request, CancellationToken cancellationToken)
        {
            var viewer = request.Viewer;
            var scope = org.Find(request.Scope)!;
            var refusal = !viewer.MayTakeSnapshots ? $"role '{viewer.Role}' may not take snapshots (leader or branch_head only)"
                : !viewer.Sees(scope) ? $"scope '{scope.Code}' is outside your scope ({viewer.Scope.Code})"
                : null;
            if (refusal is not null)
            {
                await audit.WriteAsync(viewer.Name, SnapshotAudit.Take, scope.Code, false, refusal, cancellationToken);
                throw new ForbiddenException(refusal);
            }

            if (!pipeline.IsOpen)
            {
                throw new StoreUnavailableException("WarRoom is starting: the figures are being rebuilt from the store, and a snapshot now would freeze them half-loaded", TimeSpan.FromSeconds(5));
            }

            var asOf = Rankings.AsOfParameter.Parse(request.AsOf, campaign, clock.GetUtcNow());
            var draft = asOf is { } at
                ? capture.CaptureAsOf(scope, request.Label!.Trim(), viewer.Name, SnapshotDto.Manual, at, cancellationToken)
                : capture.Capture(scope, request.Label!.Trim(), viewer.Name, SnapshotDto.Manual, clock.GetUtcNow(), cancellationToken);
            var stored = store.Insert(draft, scheduleKey: null)!;
            await audit.WriteAsync(viewer.Name, SnapshotAudit.Take, $"snapshot {stored.Id} ({scope.Code})", true, $"{stored.Label} as of {stored.AsOf:O}", cancellationToken);
            return stored;
        }
    }
}
