using Microsoft.Net.Http.Headers;

namespace WarRoom.Web.Tests.Auth;

/// <summary>Every answer — pages, API, errors, redirects, files — carries the security headers.</summary>
[Collection(SignedInCollection.Name)]
public sealed class SecurityHeadersTests(SignedInApp app)
{
    [Theory]
    [InlineData("leader token HQ", "/units/BR01")]
    [InlineData("leader token HQ", "/api/v1/org")]
    [InlineData("leader token HQ", "/units/BR01/children.csv")]
    [InlineData("reader token BR01", "/api/v1/units/BR02")]
    [InlineData("anonymous", "/login")]
    [InlineData("anonymous", "/api/v1/org")]
    [InlineData("anonymous", "/units/BR01")]
    [InlineData("anonymous", "/css/site.css")]
    [InlineData("anonymous", "/healthz")]
    public async Task Every_answer_carries_the_security_headers(string caller, string url)
    {
        var response = await app.Client(Caller.All.Single(c => c.Name == caller)).GetAsync(url);
        var csp = Header(response, HeaderNames.ContentSecurityPolicy);

        // Our origin, plus only the hash of Radzen's one inline handler ("Radzen.activeElement = null").
        Assert.Contains("script-src 'self' 'unsafe-hashes' 'sha256-Gv+T45M6M+kq+caJFhy73JiJ7nitAZcfPRfx1dzDz/4=';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws://localhost wss://localhost;", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, HeaderNames.XContentTypeOptions));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, HeaderNames.XFrameOptions));
    }

    [Theory]
    [InlineData("leader token HQ", "/api/v1/rankings")]
    [InlineData("leader token HQ", "/units/BR01")]
    [InlineData("leader token HQ", "/units/BR01/children.csv")]
    [InlineData("anonymous", "/api/v1/org")]
    public async Task Answers_with_figures_are_never_stored_by_a_cache(string caller, string url)
    {
        var response = await app.Client(Caller.All.Single(c => c.Name == caller)).GetAsync(url);

        // Pages may add no-cache (Blazor's own header); no-store is what keeps figures out of every cache.
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Static_files_keep_their_own_caching()
    {
        var response = await app.Client(Caller.Anonymous).GetAsync("/css/site.css");

        Assert.True(response.IsSuccessStatusCode);
        Assert.NotEqual("no-store", response.Headers.CacheControl?.ToString());
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content)
        : throw new Xunit.Sdk.XunitException($"{name} missing on {response.RequestMessage?.RequestUri}");
}
