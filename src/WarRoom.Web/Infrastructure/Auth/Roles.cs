namespace WarRoom.Web.Infrastructure.Auth;

public static class Roles
{
    public const string Leader = "leader";
    public const string BranchHead = "branch_head";
    public const string Manager = "manager";
    public const string Kiosk = "kiosk";
    public const string Reader = "reader";
    public const string Ingest = "ingest";

    /// <summary>Roles a bearer token may carry (API.md: kiosk, reader, or automation acting as leader/branch_head).</summary>
    public static readonly IReadOnlySet<string> TokenRoles = new HashSet<string>(StringComparer.Ordinal) { Kiosk, Reader, Leader, BranchHead };

    /// <summary>Roles of people who sign in at /login.</summary>
    public static readonly IReadOnlySet<string> UserRoles = new HashSet<string>(StringComparer.Ordinal) { Leader, BranchHead, Manager };

    /// <summary>Every role that may read (everything but ingest keys).</summary>
    public static readonly string[] Readers = [Leader, BranchHead, Manager, Kiosk, Reader];

    /// <summary>Only these may take snapshots.</summary>
    public static readonly string[] SnapshotTakers = [Leader, BranchHead];
}

public static class WarRoomClaims
{
    public const string Scope = "warroom:scope";
    public const string Kind = "warroom:kind";

    /// <summary>On sign-in cookies only: see <see cref="UserStamp"/>.</summary>
    public const string Stamp = "warroom:stamp";
}

public static class Policies
{
    public const string Read = "read";
    public const string Ingest = "ingest";
    public const string Snapshot = "snapshot";
}
