using Microsoft.Extensions.Options;
using WarRoom.Core.Org;

namespace WarRoom.Web.Infrastructure.Auth;

/// <summary>Checks at start that every key, token and user is usable and scoped to a unit that exists.</summary>
public sealed class AuthOptionsValidator(OrgTree org) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var errors = new List<string>();
        foreach (var (source, key) in options.IngestKeys)
        {
            if (key.Length < 16)
            {
                errors.Add($"WarRoom:Auth:IngestKeys:{source} must be at least 16 characters");
            }
        }

        foreach (var (tokenName, token) in options.Tokens)
        {
            var prefix = $"WarRoom:Auth:Tokens:{tokenName}";
            if (token.Token.Length < 16)
            {
                errors.Add($"{prefix}:Token must be at least 16 characters");
            }

            if (!Roles.TokenRoles.Contains(token.Role))
            {
                errors.Add($"{prefix}:Role '{token.Role}' must be one of {string.Join(", ", Roles.TokenRoles)}");
            }

            CheckScope(errors, prefix, token.Scope);
        }

        foreach (var (login, user) in options.Users)
        {
            var prefix = $"WarRoom:Auth:Users:{login}";
            if (user.PasswordHash.Length == 0)
            {
                errors.Add($"{prefix}:PasswordHash is empty (make one with: dotnet run --project src/WarRoom.Web -- hash-password)");
            }
            else if (!IsPasswordHash(user.PasswordHash))
            {
                errors.Add($"{prefix}:PasswordHash is not a hash from hash-password (a password in clear text?)");
            }

            if (!Roles.UserRoles.Contains(user.Role))
            {
                errors.Add($"{prefix}:Role '{user.Role}' must be one of {string.Join(", ", Roles.UserRoles)}");
            }

            CheckScope(errors, prefix, user.Scope);
            if (user.Role == Roles.Manager && org.Find(user.Scope) is { Level.IsLeaf: false } unit)
            {
                errors.Add($"{prefix}:Scope '{unit.Code}' is a {unit.Level.ToWire()}; a manager's scope is their own manager unit");
            }
        }

        var secrets = options.IngestKeys.Values.Concat(options.Tokens.Values.Select(t => t.Token)).Where(s => s.Length > 0).ToList();
        if (secrets.Count != secrets.Distinct(StringComparer.Ordinal).Count())
        {
            errors.Add("WarRoom:Auth: the same secret is used twice (ingest keys and tokens must all differ)");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>ASP.NET Core Identity's format: base64 of a version byte (0 = v2, 1 = v3), salt and subkey.</summary>
    private static bool IsPasswordHash(string hash)
    {
        var bytes = new byte[hash.Length];
        return Convert.TryFromBase64String(hash, bytes, out var length) && length > 16 && bytes[0] is 0 or 1;
    }

    private void CheckScope(List<string> errors, string prefix, string scope)
    {
        if (!org.TryGet(scope, out _))
        {
            errors.Add($"{prefix}:Scope '{scope}' is not a unit code");
        }
    }
}
