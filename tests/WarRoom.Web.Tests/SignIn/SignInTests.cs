using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Web.Infrastructure.Audit;
using WarRoom.Web.Tests.Auth;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.SignIn;

/// <summary>/login and /logout as a person uses them, and the audit trail they leave.</summary>
[Collection(SignedInCollection.Name)]
public sealed class SignInTests(SignedInApp app)
{
    [Fact]
    public async Task The_right_password_signs_in_with_the_users_role_and_scope_and_returns_to_the_page_asked_for()
    {
        using var browser = app.App.BrowserClient();
        var response = await LoginForm.PostAsync(browser, TestUsers.BranchHeadBr01, TestUsers.Password, "/units/SB0101?sort=pace");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost/units/SB0101?sort=pace", OnThisSite(response));
        var org = await browser.GetFromJsonAsync<JsonObject>("/api/v1/org");
        var codes = org!["units"]!.AsArray().Select(u => u!["code"]!.GetValue<string>()).ToList();
        Assert.Equal("BR01", codes[0]);
        Assert.All(codes, c => Assert.True(app.Org.Find(c)!.IsWithin(app.Org.Find("BR01")!), c));
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/v1/units/BR02")).StatusCode);
    }

    [Theory]
    [InlineData(TestUsers.LeaderHq, "Tr0ub4dor&3", "wrong password")]
    [InlineData("nobody.at.all", TestUsers.Password, "unknown login")]
    public async Task A_wrong_password_or_unknown_login_gets_the_same_answer_no_cookie_and_an_audit_entry(string login, string password, string reason)
    {
        using var browser = app.App.BrowserClient();
        var response = await LoginForm.PostAsync(browser, login, password);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("登录名或密码不正确。", page.QuerySelector(".login-error")?.TextContent);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("warroom=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/units/BR01")).StatusCode);
        var entry = (await Audit().ReadRecentAsync(200)).Last(e => e.Target == login);
        Assert.Equal((AuditActions.SignIn, false), (entry.Action, entry.Succeeded));
        Assert.EndsWith(reason, entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(password, entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_successful_sign_in_is_audited_with_the_client_address()
    {
        using var browser = app.App.BrowserClient();
        await LoginForm.SignInAsync(browser, TestUsers.ManagerM00001, TestUsers.Password);

        var entry = (await Audit().ReadRecentAsync(200)).Last(e => e.Target == TestUsers.ManagerM00001 && e.Action == AuditActions.SignIn);
        Assert.True(entry.Succeeded);
        Assert.StartsWith("ip ", entry.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/phish")]
    [InlineData("/\\evil.example")]
    public async Task A_return_url_off_this_site_goes_home_instead(string returnUrl)
    {
        using var browser = app.App.BrowserClient();
        var response = await LoginForm.PostAsync(browser, TestUsers.LeaderHq, TestUsers.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost/", OnThisSite(response));
    }

    [Fact]
    public async Task Signing_out_drops_the_cookie_and_is_audited()
    {
        using var browser = app.App.BrowserClient();
        await LoginForm.SignInAsync(browser, TestUsers.LeaderHq, TestUsers.Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/units/HQ")).StatusCode);

        var response = await LoginForm.SignOutAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/units/HQ")).StatusCode);
        Assert.Contains(await Audit().ReadRecentAsync(200), e => e.Action == AuditActions.SignOut && e.Actor == TestUsers.LeaderHq);
    }

    [Fact]
    public async Task The_login_page_is_in_chinese_by_default_and_english_on_request()
    {
        using var browser = app.App.BrowserClient();
        var zh = await Html.GetAsync(browser, "/login");
        var en = await Html.GetAsync(browser, "/login?lang=en");

        Assert.Equal("登录作战室", zh.QuerySelector("h1")?.TextContent);
        Assert.Equal("Sign in to the war room", en.QuerySelector("h1")?.TextContent);
        Assert.Equal("width=device-width, initial-scale=1", zh.QuerySelector("meta[name=viewport]")?.GetAttribute("content"));
        Assert.Equal("current-password", zh.QuerySelector("input[type=password]")?.GetAttribute("autocomplete"));
    }

    /// <summary>The redirect target resolved against this site (a relative and an absolute URL compare alike).</summary>
    private static string OnThisSite(HttpResponseMessage response) =>
        new Uri(new Uri("http://localhost/"), response.Headers.Location!).ToString();

    private IAuditLog Audit() => app.App.Services.GetRequiredService<IAuditLog>();
}
