using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using WarRoom.Web.Infrastructure.Audit;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Cli;

namespace WarRoom.Web.Features.SignIn;

/// <summary>
/// The /login form: checks a login and password against <c>WarRoom:Auth:Users</c> and audits the attempt, success or
/// not. The answer never says which of the two was wrong.
/// </summary>
public static class SignIn
{
    public sealed record Command(string? Login, string? Password, string? ClientIp) : IRequest<Result>;

    /// <summary><paramref name="Principal"/> is null when the attempt failed.</summary>
    public sealed record Result(ClaimsPrincipal? Principal);

    public sealed class Handler(IOptionsMonitor<AuthOptions> options, IAuditLog audit) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var login = (request.Login ?? string.Empty).Trim();
            var user = login.Length == 0 ? null : options.CurrentValue.Users.GetValueOrDefault(login);

            // Verify even for an unknown login, so the answer takes as long either way and timing names no logins.
            var hash = user?.PasswordHash ?? DecoyHash.Value;
            var passwordOk = HashPasswordCommand.Verify(hash, request.Password ?? string.Empty);
            var succeeded = user is not null && passwordOk;
            var detail = succeeded ? null : user is null ? "unknown login" : "wrong password";
            await audit.WriteAsync(AuditEntry.ForLogin(login, AuditActions.SignIn, succeeded, request.ClientIp, detail), cancellationToken);
            return new Result(succeeded ? PrincipalFor(login, user!) : null);
        }
    }

    public static ClaimsPrincipal PrincipalFor(string login, UserOptions user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, login),
            new(ClaimTypes.Role, user.Role),
            new(WarRoomClaims.Scope, user.Scope),
            new(WarRoomClaims.Kind, "user"),
            UserStamp.For(user),
        };
        if (user.DisplayName is { Length: > 0 } display)
        {
            claims.Add(new Claim(ClaimTypes.GivenName, display));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    // Audit entries carry wall-clock time, never the business clock (which a demo may freeze or shift).
    private static readonly Lazy<string> DecoyHash = new(() =>
        new Microsoft.AspNetCore.Identity.PasswordHasher<object>().HashPassword(new object(), Guid.NewGuid().ToString()));
}
