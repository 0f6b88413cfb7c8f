using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Auth;

/// <summary>
/// People are configured, not stored: a wrong configuration stops the start, and a changed one ends the sessions it
/// no longer agrees with.
/// </summary>
public sealed class UserConfigurationTests : IAsyncLifetime
{
    private readonly WarRoomAppFactory app = new();

    public Task InitializeAsync() => app.WaitUntilReadyAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("manager", "SB0101", "Scope 'SB0101' is a subbranch; a manager's scope is their own manager unit")]
    [InlineData("manager", "BR01", "Scope 'BR01' is a branch; a manager's scope is their own manager unit")]
    [InlineData("kiosk", "HQ", "Role 'kiosk' must be one of")]
    [InlineData("leader", "XX99", "Scope 'XX99' is not a unit code")]
    public void A_user_who_could_see_more_or_other_than_meant_is_refused_at_start(string role, string scope, string error)
    {
        var result = Validate(new UserOptions { PasswordHash = TestUsers.PasswordHash, Role = role, Scope = scope });

        Assert.True(result.Failed);
        Assert.Contains(error, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_in_clear_text_instead_of_a_hash_is_refused_at_start()
    {
        var result = Validate(new UserOptions { PasswordHash = "hunter2hunter2", Role = "leader", Scope = "HQ" });

        Assert.Contains("PasswordHash is not a hash from hash-password", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manager_scoped_to_their_own_unit_is_accepted()
    {
        Assert.True(Validate(new UserOptions { PasswordHash = TestUsers.PasswordHash, Role = "manager", Scope = "M00001" }).Succeeded);
    }

    [Theory]
    [InlineData("role")]
    [InlineData("scope")]
    [InlineData("password")]
    [InlineData("removed")]
    public async Task A_session_ends_at_the_next_request_once_the_user_is_changed_or_removed(string change)
    {
        using var browser = app.BrowserClient();
        await LoginForm.SignInAsync(browser, TestUsers.BranchHeadBr01, TestUsers.Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/units/BR01")).StatusCode);

        var cache = app.Services.GetRequiredService<IOptionsMonitorCache<AuthOptions>>();
        var current = app.Services.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue;
        var changed = new AuthOptions { IngestKeys = current.IngestKeys, Tokens = current.Tokens, Users = new(current.Users) };
        var user = changed.Users[TestUsers.BranchHeadBr01];
        if (change == "removed")
        {
            changed.Users.Remove(TestUsers.BranchHeadBr01);
        }
        else
        {
            changed.Users[TestUsers.BranchHeadBr01] = new UserOptions
            {
                Role = change == "role" ? "manager" : user.Role,
                Scope = change == "scope" ? "BR02" : user.Scope,
                PasswordHash = change == "password" ? new Microsoft.AspNetCore.Identity.PasswordHasher<object>().HashPassword(new object(), "new one") : user.PasswordHash,
            };
        }

        cache.TryRemove(Options.DefaultName);
        cache.TryAdd(Options.DefaultName, changed);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/units/BR01")).StatusCode);
    }

    private ValidateOptionsResult Validate(UserOptions user)
    {
        var options = new AuthOptions();
        options.Users["someone"] = user;
        return new AuthOptionsValidator(app.Services.GetRequiredService<OrgTree>()).Validate(null, options);
    }
}
