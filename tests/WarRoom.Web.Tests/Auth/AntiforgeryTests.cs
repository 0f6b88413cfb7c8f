using System.Net;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Auth;

/// <summary>Forms only work when posted from a page we served to the same browser.</summary>
[Collection(SignedInCollection.Name)]
public sealed class AntiforgeryTests(SignedInApp app)
{
    [Fact]
    public async Task A_sign_in_posted_without_the_forms_token_is_refused_and_signs_nobody_in()
    {
        using var browser = app.App.BrowserClient();
        var response = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Login"] = TestUsers.LeaderHq,
            ["Input.Password"] = TestUsers.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/units/HQ")).StatusCode);
    }

    [Fact]
    public async Task A_token_taken_from_another_browser_is_refused()
    {
        using var attacker = app.App.BrowserClient();
        using var victim = app.App.BrowserClient();
        var attackerForm = (await Html.GetAsync(attacker, "/login")).QuerySelector("form.login-form")!;
        await victim.GetAsync("/login");

        // The victim's browser posts the attacker's page: its cookie token does not pair with the form token.
        var response = await victim.PostAsync("/login", Html.FormPost(attackerForm, ("Input.Login", TestUsers.LeaderHq), ("Input.Password", TestUsers.Password)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await victim.GetAsync("/units/HQ")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_needs_the_token_too_so_another_site_cannot_sign_people_out()
    {
        using var browser = app.App.BrowserClient();
        await LoginForm.SignInAsync(browser, TestUsers.BranchHeadBr01, TestUsers.Password);

        var forged = await browser.PostAsync("/logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/units/BR01")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginForm.SignOutAsync(browser)).StatusCode);
    }
}
