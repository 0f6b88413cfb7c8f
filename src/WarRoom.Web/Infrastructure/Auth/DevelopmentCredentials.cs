using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace WarRoom.Web.Infrastructure.Auth;

/// <summary>
/// In Development, so that <c>dotnet run</c> works with no configuration: an ingest key, a kiosk token and a
/// leader login are generated when none are configured, and printed once at start.
/// </summary>
public sealed class DevelopmentCredentials
{
    public string IngestKey { get; } = "dev-ingest-" + Secret();
    public string KioskToken { get; } = "dev-kiosk-" + Secret();
    public string LeaderPassword { get; } = Secret()[..12];

    public const string LeaderLogin = "admin";

    public void AddMissingTo(AuthOptions options)
    {
        if (options.IngestKeys.Count == 0)
        {
            options.IngestKeys["dev"] = IngestKey;
        }

        if (options.Tokens.Count == 0)
        {
            options.Tokens["dev-kiosk"] = new TokenOptions { Token = KioskToken, Role = Roles.Kiosk, Scope = "HQ" };
        }

        if (options.Users.Count == 0)
        {
            options.Users[LeaderLogin] = new UserOptions
            {
                PasswordHash = new PasswordHasher<object>().HashPassword(new object(), LeaderPassword),
                Role = Roles.Leader,
                Scope = "HQ",
                DisplayName = "开发环境管理员",
            };
        }
    }

    private static string Secret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
