using MediatR;
using Microsoft.Extensions.Options;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Snapshots.Capture;
using WarRoom.Web.Features.Snapshots.Storage;
using WarRoom.Web.Features.Snapshots.Weekly;
using WarRoom.Web.Infrastructure.Audit;

namespace WarRoom.Web.Features.Snapshots;

/// <summary>
/// The weekly review's snapshot for one slot (sent by <see cref="WeeklySnapshotService"/>): taken once per ISO week
/// and scope — the store's unique schedule key refuses a second one, whoever asks and however often it restarts.
/// Null when that week's snapshot already exists.
/// </summary>
public static class TakeWeeklySnapshot
{
    public const string Actor = "system (weekly schedule)";

    public sealed record Command(DateTimeOffset Slot) : IRequest<SnapshotDto?>;

    public sealed class Handler(
        OrgTree org, WeeklySchedule schedule, SnapshotCapture capture, SnapshotStore store, IAuditLog audit, TimeProvider clock,
        IOptions<SnapshotOptions> options)
        : IRequestHandler<Command, SnapshotDto?>
    {
        public async Task<SnapshotDto?> Handle(Command request, CancellationToken cancellationToken)
        {
            var weekly = options.Value.Weekly;
            var scope = org.Find(weekly.Scope) ?? throw new InvalidOperationException($"WarRoom:Snapshots:Weekly:Scope '{weekly.Scope}' is not a unit code");
            var week = schedule.WeekOf(request.Slot);
            var key = $"weekly:{week}:{scope.Code}";
            if (store.HasScheduleKey(key))
            {
                return null;
            }

            var label = weekly.Label.Replace("{week}", week, StringComparison.Ordinal);
            var draft = capture.Capture(scope, label, Actor, SnapshotDto.Weekly, clock.GetUtcNow(), cancellationToken);
            var stored = store.Insert(draft, key);
            if (stored is not null)
            {
                await audit.WriteAsync(Actor, SnapshotAudit.Take, $"snapshot {stored.Id} ({scope.Code})", true,
                    $"{stored.Label} as of {stored.AsOf:O}, slot {request.Slot:O}", cancellationToken);
            }

            return stored;
        }
    }
}
