namespace WarRoom.Web.Infrastructure.Audit;

/// <summary>
/// The action names of the audit trail, one vocabulary for every writer (docs/security.md lists who writes which),
/// so that an operator can grep the log for one kind of event.
/// </summary>
public static class AuditActions
{
    /// <summary>A sign-in at /login; Target is the login typed, Detail the client IP and, on failure, why.</summary>
    public const string SignIn = "sign-in";

    /// <summary>A refused sign-in because the login was tried too often (the password was not even checked).</summary>
    public const string SignInLockedOut = "sign-in-locked-out";

    public const string SignOut = "sign-out";

    /// <summary>A download of figures (CSV of a ranking table, a snapshot export); Target is the path and query.</summary>
    public const string Export = "export";

    /// <summary>A snapshot taken (by hand or by the weekly schedule); Target is the snapshot id.</summary>
    public const string Snapshot = "snapshot";
}
