namespace WarRoom.Web.Infrastructure.Auth;

/// <summary><c>WarRoom:Auth</c>: ingest keys per source system, bearer tokens, and people who sign in.</summary>
public sealed class AuthOptions
{
    public const string Section = "WarRoom:Auth";

    /// <summary>Source name → API key (e.g. <c>WarRoom__Auth__IngestKeys__crm</c>).</summary>
    public Dictionary<string, string> IngestKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Token name → token, role and scope (kiosk screens, readers, automation).</summary>
    public Dictionary<string, TokenOptions> Tokens { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Login → password hash, role and scope.</summary>
    public Dictionary<string, UserOptions> Users { get; set; } = new(StringComparer.Ordinal);
}

public sealed class TokenOptions
{
    public string Token { get; set; } = string.Empty;
    public string Role { get; set; } = string.Empty;
    public string Scope { get; set; } = "HQ";
}

public sealed class UserOptions
{
    public string PasswordHash { get; set; } = string.Empty;
    public string Role { get; set; } = string.Empty;
    public string Scope { get; set; } = "HQ";
    public string? DisplayName { get; set; }
}
