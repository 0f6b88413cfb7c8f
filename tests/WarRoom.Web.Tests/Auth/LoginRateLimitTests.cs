using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Web.Infrastructure.Audit;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Auth;

/// <summary>Sign-in attempts are limited per client address and login; a locked login cannot get in even with the right password.</summary>
public sealed class LoginRateLimitTests : IAsyncLifetime
{
    private const int Limit = 3;

    private readonly WarRoomAppFactory app = WarRoomAppFactory.With(null, new Dictionary<string, string?>
    {
        ["WarRoom:RateLimits:Login:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["WarRoom:RateLimits:Login:WindowSeconds"] = "600",
    });

    public Task InitializeAsync() => app.WaitUntilReadyAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task After_the_limit_of_attempts_the_login_is_locked_with_429_and_retry_after_even_for_the_right_password()
    {
        using var browser = app.BrowserClient();
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await LoginForm.PostAsync(browser, TestUsers.BranchHeadBr01, "guess-" + i)).StatusCode);
        }

        var locked = await LoginForm.PostAsync(browser, TestUsers.BranchHeadBr01, TestUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        var retryAfter = locked.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter > TimeSpan.Zero && retryAfter <= TimeSpan.FromSeconds(600), $"Retry-After {retryAfter}");
        Assert.Contains("登录尝试过多", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/units/BR01")).StatusCode);

        var audit = await app.Services.GetRequiredService<IAuditLog>().ReadRecentAsync(50);
        Assert.Contains(audit, e => e.Action == AuditActions.SignInLockedOut && e.Target == TestUsers.BranchHeadBr01 && !e.Succeeded);
        Assert.Equal(Limit, audit.Count(e => e.Action == AuditActions.SignIn && e.Target == TestUsers.BranchHeadBr01));
    }

    [Fact]
    public async Task A_locked_login_does_not_lock_another_login_nor_the_form_itself()
    {
        using var browser = app.BrowserClient();
        for (var i = 0; i <= Limit; i++)
        {
            await LoginForm.PostAsync(browser, TestUsers.ManagerM00001, "guess-" + i);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await LoginForm.PostAsync(browser, TestUsers.ManagerM00001, TestUsers.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/login")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginForm.PostAsync(browser, TestUsers.LeaderHq, TestUsers.Password)).StatusCode);
    }
}
