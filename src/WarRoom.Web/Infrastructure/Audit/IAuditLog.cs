namespace WarRoom.Web.Infrastructure.Audit;

/// <summary>One audited action: who did what to which thing, and whether it worked.</summary>
public sealed record AuditEntry(DateTimeOffset Time, string Actor, string Action, string Target, bool Succeeded, string? Detail = null)
{
    /// <summary>A sign-in, lock-out or sign-out of <paramref name="login"/> (the actor and the target), from <paramref name="clientIp"/>.</summary>
    public static AuditEntry ForLogin(string login, string action, bool succeeded, string? clientIp, string? detail) =>
        new(TimeProvider.System.GetUtcNow(), login.Length == 0 ? "?" : login, action, login.Length == 0 ? "?" : login, succeeded,
            detail is null ? $"ip {clientIp ?? "?"}" : $"ip {clientIp ?? "?"}: {detail}");
}

/// <summary>
/// The audit trail of sign-ins, exports and snapshots (who, what, when). Append-only; entries survive restarts.
/// </summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken ct = default);

    Task<IReadOnlyList<AuditEntry>> ReadRecentAsync(int count, CancellationToken ct = default);
}
