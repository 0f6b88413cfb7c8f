using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace WarRoom.Web.Infrastructure.Auth;

/// <summary>
/// What a sign-in cookie must still agree with: the user's role, scope and a fingerprint of the password hash (so a
/// password change ends every session, and the cookie never carries the hash itself).
/// </summary>
public static class UserStamp
{
    public static Claim For(UserOptions user) => new(WarRoomClaims.Stamp, Fingerprint(user.PasswordHash));

    public static bool Matches(ClaimsPrincipal principal, UserOptions user) =>
        principal.FindFirstValue(ClaimTypes.Role) == user.Role
        && principal.FindFirstValue(WarRoomClaims.Scope) == user.Scope
        && principal.FindFirstValue(WarRoomClaims.Stamp) == Fingerprint(user.PasswordHash);

    private static string Fingerprint(string hash) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(hash)), 0, 8);
}
