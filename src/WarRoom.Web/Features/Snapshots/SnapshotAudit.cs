using WarRoom.Web.Infrastructure.Audit;

namespace WarRoom.Web.Features.Snapshots;

/// <summary>Audit entries of the snapshot area: <c>snapshot.take</c> and <c>snapshot.export</c>.</summary>
internal static class SnapshotAudit
{
    public const string Take = "snapshot.take";
    public const string Export = "snapshot.export";

    /// <summary>Stamped with wall-clock time: the trail records when it really happened, not the business clock that demos freeze or shift.</summary>
    public static Task WriteAsync(this IAuditLog log, string actor, string action, string target, bool succeeded, string? detail, CancellationToken ct) =>
        log.WriteAsync(new AuditEntry(TimeProvider.System.GetUtcNow(), actor, action, target, succeeded, detail), ct);
}
