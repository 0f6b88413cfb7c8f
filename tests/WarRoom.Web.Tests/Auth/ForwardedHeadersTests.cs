using System.Net;
using WarRoom.Web.Infrastructure.Security;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Live;

namespace WarRoom.Web.Tests.Auth;

/// <summary>
/// Behind a TLS-terminating proxy (here on loopback, trusted without configuration) the sign-in cookie is Secure,
/// because the request is https as the browser made it; straight over http it is not (it could not be sent back).
/// </summary>
public sealed class ForwardedHeadersTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Theory]
    [InlineData("https", true)]
    [InlineData(null, false)]
    public async Task The_sign_in_cookie_is_Secure_exactly_when_the_proxy_says_https(string? forwardedProto, bool secure)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server.Address };
        if (forwardedProto is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }

        var login = await client.GetAsync("/login");
        var cookies = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var form = Html.Parse(await login.Content.ReadAsStringAsync()).QuerySelector("form.login-form")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action") ?? "/login")
        {
            Content = Html.FormPost(form, ("Input.Login", TestUsers.LeaderHq), ("Input.Password", TestUsers.Password)),
        };
        post.Headers.Add("Cookie", cookies);

        var signedIn = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("warroom=", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_proxy_or_network_that_does_not_parse_stops_the_start()
    {
        var result = new ProxyOptionsValidator().Validate(null, new ProxyOptions { KnownProxies = ["10.0.0.300"], KnownNetworks = ["172.18.0.0/16", "docker"] });

        Assert.True(result.Failed);
        Assert.Equal(2, result.Failures!.Count());
    }
}
