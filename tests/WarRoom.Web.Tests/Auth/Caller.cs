using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Auth;

public enum CallerKind
{
    Anonymous,
    IngestKey,
    Token,
    Cookie,
}

/// <summary>
/// One way of calling WarRoom: nobody, an ingest key, a bearer token or a signed-in person, with the role and scope it
/// carries, units inside that scope to try, and units outside it that must stay invisible.
/// </summary>
public sealed record Caller(string Name, CallerKind Kind, string? Role, string? Secret, IReadOnlyList<string> Inside, IReadOnlyList<string> Outside)
{
    public bool MayRead => Kind is CallerKind.Token or CallerKind.Cookie;

    public bool MayIngest => Kind == CallerKind.IngestKey;

    public bool MayTakeSnapshots => Role is "leader" or "branch_head";

    public override string ToString() => Name;

    private static readonly string[] WholeBank = ["HQ", "BR02", "SB0101", "M00001"];
    private static readonly string[] Br01 = ["BR01", "SB0101", "M00001"];
    private static readonly string[] Br02 = ["BR02", "SB0201", "M00163"];

    // Outside a branch: its parent, the other branch and that branch's sub-branch and manager.
    private static readonly string[] OutsideBr01 = ["HQ", "BR02", "SB0201", "M00163"];
    private static readonly string[] OutsideBr02 = ["HQ", "BR01", "SB0101", "M00001"];

    // Outside one manager: their sub-branch, a colleague at the next desk, their branch.
    private static readonly string[] OutsideM00001 = ["SB0101", "M00002", "BR01", "HQ"];

    public static readonly Caller Anonymous = new("anonymous", CallerKind.Anonymous, null, null, ["BR01"], []);
    public static readonly Caller Ingest = new("ingest key", CallerKind.IngestKey, "ingest", WarRoomAppFactory.IngestKey, ["BR01"], []);
    public static readonly Caller KioskHq = new("kiosk token HQ", CallerKind.Token, "kiosk", WarRoomAppFactory.KioskToken, WholeBank, []);
    public static readonly Caller ReaderBr01 = new("reader token BR01", CallerKind.Token, "reader", WarRoomAppFactory.ReaderBr01Token, Br01, OutsideBr01);
    public static readonly Caller LeaderHq = new("leader token HQ", CallerKind.Token, "leader", WarRoomAppFactory.LeaderToken, WholeBank, []);
    public static readonly Caller BranchHeadBr02 = new("branch_head token BR02", CallerKind.Token, "branch_head", WarRoomAppFactory.BranchHeadBr02Token, Br02, OutsideBr02);
    public static readonly Caller UserLeaderHq = new("signed-in leader HQ", CallerKind.Cookie, "leader", TestUsers.LeaderHq, WholeBank, []);
    public static readonly Caller UserBranchHeadBr01 = new("signed-in branch_head BR01", CallerKind.Cookie, "branch_head", TestUsers.BranchHeadBr01, Br01, OutsideBr01);
    public static readonly Caller UserManagerM00001 = new("signed-in manager M00001", CallerKind.Cookie, "manager", TestUsers.ManagerM00001, ["M00001"], OutsideM00001);

    public static readonly IReadOnlyList<Caller> All =
        [Anonymous, Ingest, KioskHq, ReaderBr01, LeaderHq, BranchHeadBr02, UserLeaderHq, UserBranchHeadBr01, UserManagerM00001];
}
