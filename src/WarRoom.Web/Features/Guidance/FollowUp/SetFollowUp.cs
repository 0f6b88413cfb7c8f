using FluentValidation;
using FluentValidation.Results;
using MediatR;
using WarRoom.Core.Guidance.FollowUp;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Audit;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Features.Guidance.FollowUp;

/// <summary>
/// POST /api/v1/guidance/{id}/follow-up — a leader, branch head or manager whose scope holds the item's unit moves
/// its follow-up (acknowledged, in progress, done, dismissed with a note). The item must be in today's guidance:
/// nobody follows up on something the screens do not show. Every change and every refusal for lack of rights is
/// audited as <c>guidance.follow-up</c>.
/// </summary>
public static class SetFollowUp
{
    public const string AuditAction = "guidance.follow-up";

    public sealed record Command(Viewer Viewer, string Id, string? Status, string? Note) : IRequest<GuidanceItemDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Status).Must(s => FollowUpStatusNames.TryParse(s, out _)).OverridePropertyName("status")
                .WithMessage(c => $"status '{c.Status}' must be one of {string.Join(", ", FollowUpStatusNames.All.Select(s => s.ToWire()))}");
            RuleFor(c => c.Note).Must(n => n is null || n.Trim().Length <= FollowUpRules.MaxNoteLength).OverridePropertyName("note")
                .WithMessage(c => $"note must be at most {FollowUpRules.MaxNoteLength} characters (got {c.Note!.Trim().Length})");
            RuleFor(c => c.Note).Must(n => n is null || !n.Any(char.IsControl)).OverridePropertyName("note")
                .WithMessage("note must be one line without control characters");
        }
    }

    public sealed class Handler(OrgTree org, GuidanceCache guidance, FollowUpBook book, IAuditLog audit) : IRequestHandler<Command, GuidanceItemDto>
    {
        public async Task<GuidanceItemDto> Handle(Command request, CancellationToken cancellationToken)
        {
            var viewer = request.Viewer;
            if (!GuidanceIds.TryParse(request.Id, out var unitCode, out _, out _) || org.Find(unitCode) is not { } unit)
            {
                throw new NotFoundException($"no guidance item '{Cut(request.Id)}': ids look like SB0307.pace_lag.fund_sales");
            }

            var refusal = !viewer.Sees(unit) ? $"unit '{unit.Code}' is outside your scope ({viewer.Scope.Code})"
                : !MayFollowUp(viewer) ? $"role '{viewer.Role}' may not set follow-ups (leader, branch_head or manager only)"
                : null;
            if (refusal is not null)
            {
                await Audit(viewer, request.Id, false, refusal, cancellationToken);
                throw new ForbiddenException(refusal);
            }

            var item = guidance.Current().Within(unit).FirstOrDefault(i => GuidanceIds.Of(i) == request.Id)
                ?? throw new NotFoundException($"'{request.Id}' is not in today's guidance for {unit.Code}");
            FollowUpStatusNames.TryParse(request.Status, out var status);
            var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
            var row = new FollowUpStore.Row(request.Id, unit.Code, status, viewer.Name, TimeProvider.System.GetUtcNow(), note);
            if (book.TryChange(row, out var from) is { } invalid)
            {
                throw new ValidationException([new ValidationFailure("status", invalid)]);
            }

            await Audit(viewer, request.Id, true, $"{from.ToWire()} → {status.ToWire()}{(note is null ? "" : ": " + note)}", cancellationToken);
            return guidance.Describe(item);
        }

        // Wall-clock time: the trail records when it really happened, not the business clock that demos freeze.
        private Task Audit(Viewer viewer, string id, bool succeeded, string detail, CancellationToken ct) =>
            audit.WriteAsync(new AuditEntry(TimeProvider.System.GetUtcNow(), viewer.Name, AuditAction, id, succeeded, detail), ct);
    }

    public static bool MayFollowUp(Viewer viewer) => viewer.Role is Roles.Leader or Roles.BranchHead or Roles.Manager;

    private static string Cut(string id) => id.Length <= 200 ? id : id[..200];
}
