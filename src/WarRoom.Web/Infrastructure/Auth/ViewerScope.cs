using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Infrastructure.Auth;

public static class ViewerScope
{
    /// <summary>
    /// The unit a viewer asked for by code (their own scope when none): 404 for an unknown code, 403 for a unit
    /// outside what they may see. Every query that takes a unit from the caller goes through here.
    /// </summary>
    public static OrgUnit Open(this Viewer viewer, OrgTree org, string? code)
    {
        if (code is null)
        {
            return viewer.Scope;
        }

        var unit = org.Find(code) ?? throw new NotFoundException($"unknown unit '{code}'");
        return viewer.Sees(unit) ? unit : throw new ForbiddenException($"unit '{code}' is outside your scope ({viewer.Scope.Code})");
    }
}
