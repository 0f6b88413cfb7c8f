using System.Security.Claims;
using WarRoom.Core.Org;

namespace WarRoom.Web.Infrastructure.Auth;

/// <summary>
/// The caller as the query layer sees them: a role and the subtree they may see. Every query that returns units
/// takes a Viewer and answers only inside <see cref="Scope"/>.
/// </summary>
public sealed record Viewer(string Name, string Role, OrgUnit Scope)
{
    /// <summary>
    /// A manager sees their own unit and nothing else, even if their scope were ever configured above a leaf
    /// (the validator refuses that at start; this keeps a mistake from showing a colleague's figures).
    /// </summary>
    public bool Sees(OrgUnit unit) => Role == Roles.Manager ? unit == Scope : unit.IsWithin(Scope);

    public bool MayTakeSnapshots => Role is Roles.Leader or Roles.BranchHead;

    /// <summary>A viewer that sees the whole bank (background jobs such as the weekly snapshot).</summary>
    public static Viewer System(OrgTree org) => new("system", Roles.Leader, org.Root);

    /// <summary>The viewer behind an authenticated principal, or null when it carries no usable read role.</summary>
    public static Viewer? From(ClaimsPrincipal principal, OrgTree org)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var role = principal.FindFirstValue(ClaimTypes.Role);
        if (role is null || !Roles.Readers.Contains(role))
        {
            return null;
        }

        var scope = org.Find(principal.FindFirstValue(WarRoomClaims.Scope));
        return scope is null ? null : new Viewer(principal.Identity.Name ?? "?", role, scope);
    }
}
