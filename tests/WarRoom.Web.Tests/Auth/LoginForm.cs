using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Auth;

/// <summary>Signs in the way a person does: load /login, post its form back with the antiforgery token it carries.</summary>
public static class LoginForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string login, string password, string? returnUrl = null)
    {
        var url = returnUrl is null ? "/login" : "/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        var page = await Html.GetAsync(client, url);
        var form = page.QuerySelector("form.login-form") ?? throw new InvalidOperationException("no login form on " + url);
        return await client.PostAsync(form.GetAttribute("action") ?? url, Html.FormPost(form, ("Input.Login", login), ("Input.Password", password)));
    }

    public static async Task SignInAsync(HttpClient client, string login, string password)
    {
        var response = await PostAsync(client, login, password);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"sign-in of {login} answered {(int)response.StatusCode}");
    }

    /// <summary>The sign-out form every signed-in page carries in its header.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var page = await Html.GetAsync(client, "/");
        var form = page.QuerySelector("form.site-logout") ?? throw new InvalidOperationException("no sign-out form on /");
        return await client.PostAsync("/logout", Html.FormPost(form));
    }
}
