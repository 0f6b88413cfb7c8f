using WarRoom.Core.Org;
using WarRoom.Web.Features.Snapshots.Storage;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Features.Snapshots;

/// <summary>Who may see a snapshot: whoever sees its scope unit (a branch head sees their branch's, not the bank's).</summary>
public static class SnapshotAccess
{
    public static bool MaySee(this Viewer viewer, OrgTree org, string scopeCode) =>
        org.Find(scopeCode) is { } scope && viewer.Sees(scope);

    /// <summary>The snapshot, or 404 when there is none with that id, 403 when its scope is outside the viewer's.</summary>
    public static SnapshotDto Load(SnapshotStore store, OrgTree org, Viewer viewer, long id, string parameter = "id")
    {
        var snapshot = store.Get(id) ?? throw new NotFoundException($"no snapshot with {parameter} {id}");
        return viewer.MaySee(org, snapshot.Scope.Code)
            ? snapshot
            : throw new ForbiddenException($"snapshot {id} covers {snapshot.Scope.Code}, outside your scope ({viewer.Scope.Code})");
    }
}
