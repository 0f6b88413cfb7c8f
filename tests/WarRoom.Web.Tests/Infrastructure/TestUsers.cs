using Microsoft.AspNetCore.Identity;

namespace WarRoom.Web.Tests.Infrastructure;

/// <summary>People who sign in at /login in every test host: one per user role, sharing one password.</summary>
public static class TestUsers
{
    public const string Password = "correct horse battery staple";

    public const string LeaderHq = "leader.hq";
    public const string BranchHeadBr01 = "bhead.br01";
    public const string ManagerM00001 = "mgr.m00001";

    /// <summary>Hashed once per test run: PBKDF2 is slow on purpose.</summary>
    public static readonly string PasswordHash = new PasswordHasher<object>().HashPassword(new object(), Password);

    public static IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        foreach (var (login, role, scope) in new[] { (LeaderHq, "leader", "HQ"), (BranchHeadBr01, "branch_head", "BR01"), (ManagerM00001, "manager", "M00001") })
        {
            yield return new($"WarRoom:Auth:Users:{login}:PasswordHash", PasswordHash);
            yield return new($"WarRoom:Auth:Users:{login}:Role", role);
            yield return new($"WarRoom:Auth:Users:{login}:Scope", scope);
        }
    }
}
