namespace WarRoom.Web.Infrastructure.Audit;

/// <summary>One audited action: who did what to which thing, and whether it worked.</summary>
public sealed record AuditEntry(DateTimeOffset Time, string Actor, string Action, string Target, bool Succeeded, string? Detail = null);

/// <summary>
/// The audit trail of sign-ins, exports and snapshots (who, what, when). Append-only; entries survive restarts.
/// </summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken ct = default);

    Task<IReadOnlyList<AuditEntry>> ReadRecentAsync(int count, CancellationToken ct = default);
}
