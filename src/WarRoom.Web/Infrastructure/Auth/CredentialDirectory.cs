using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace WarRoom.Web.Infrastructure.Auth;

/// <summary>Who a bearer secret belongs to: an ingest source or a named token with its role and scope.</summary>
public sealed record Credential(string Name, string Role, string? Scope, string Kind);

/// <summary>
/// Looks secrets up by their SHA-256, so a look-up's timing says nothing about how much of a guess was right.
/// </summary>
public sealed class CredentialDirectory
{
    private readonly Dictionary<string, Credential> bySecretHash = new(StringComparer.Ordinal);

    public CredentialDirectory(IOptions<AuthOptions> options)
    {
        foreach (var (source, key) in options.Value.IngestKeys)
        {
            bySecretHash[Hash(key)] = new Credential(source, Roles.Ingest, null, "ingest-key");
        }

        foreach (var (name, token) in options.Value.Tokens)
        {
            bySecretHash[Hash(token.Token)] = new Credential(name, token.Role, token.Scope, "token");
        }
    }

    public Credential? Find(string secret) =>
        secret.Length == 0 ? null : bySecretHash.GetValueOrDefault(Hash(secret));

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
