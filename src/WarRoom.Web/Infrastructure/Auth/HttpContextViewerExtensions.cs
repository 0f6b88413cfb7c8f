using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Infrastructure.Auth;

public static class HttpContextViewerExtensions
{
    /// <summary>The signed-in caller as a <see cref="Viewer"/>; endpoints behind the Read policy always have one.</summary>
    public static Viewer Viewer(this HttpContext http, OrgTree org) =>
        Auth.Viewer.From(http.User, org) ?? throw new ForbiddenException("this credential may not read");
}
