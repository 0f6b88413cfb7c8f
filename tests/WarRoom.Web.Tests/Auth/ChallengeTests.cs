using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Auth;

/// <summary>
/// An ingest key only in the Authorization header, never logged from a URL; every 401 with WWW-Authenticate and
/// every refusal (401, 403, 404 of any route) with a detail that names the problem.
/// </summary>
public sealed class ChallengeTests : IAsyncLifetime
{
    private readonly LogCapture logs = new();
    private readonly WarRoomAppFactory app = new();
    private WebApplicationFactory<Program> host = null!;
    private HttpClient anonymous = null!;

    public async Task InitializeAsync()
    {
        // As an operator who turned request logging on would have it.
        host = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs).AddFilter("Microsoft.AspNetCore.Hosting", LogLevel.Trace)));
        anonymous = host.CreateClient();
        for (var i = 0; i < 300 && !(await anonymous.GetAsync("/readyz")).IsSuccessStatusCode; i++)
        {
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await app.DisposeAsync();
    }

    private HttpClient ClientWith(string token)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Theory]
    [InlineData("token")]
    [InlineData("access_token")]
    public async Task An_ingest_key_in_the_query_string_is_401_and_never_logged(string parameter)
    {
        var response = await anonymous.PostAsync($"/api/v1/events?{parameter}={WarRoomAppFactory.IngestKey}", Batch(Event("q-" + Guid.NewGuid().ToString("N"))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("an ingest key is taken only from the Authorization header (Bearer), never from the URL", await DetailAsync(response));
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(WarRoomAppFactory.IngestKey, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("POST", "/api/v1/events", null)]
    [InlineData("GET", "/api/v1/rankings", null)]
    [InlineData("GET", "/api/v1/rankings", "not-a-token-0123456789")]
    [InlineData("GET", "/api/v1/snapshots", "not-a-token-0123456789")]
    public async Task Every_401_says_how_to_authenticate_and_why(string method, string path, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer realm=\"WarRoom\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(token is null ? "sign in at /login, or send Authorization: Bearer <token> (an ingest key for /api/v1/events)" : "unknown token or key", await DetailAsync(response));
    }

    [Theory]
    [InlineData("/api/v1/snapshots/abc", HttpStatusCode.NotFound, "nothing is found at GET /api/v1/snapshots/abc")]
    [InlineData("/api/v1/snapshots/987654321", HttpStatusCode.NotFound, "987654321")]
    [InlineData("/api/v1/snapshots/987654321/export?format=xlsx", HttpStatusCode.NotFound, "987654321")]
    [InlineData("/api/v1/snapshots/compare?from=1", HttpStatusCode.BadRequest, "to")]
    [InlineData("/api/v1/no-such-route", HttpStatusCode.NotFound, "nothing is found at GET /api/v1/no-such-route")]
    public async Task Snapshot_routes_and_unknown_routes_answer_with_a_detail(string path, HttpStatusCode status, string inDetail)
    {
        using var leader = ClientWith(WarRoomAppFactory.LeaderToken);

        var response = await leader.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(inDetail, await DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_403_names_what_was_refused()
    {
        using var ingest = ClientWith(WarRoomAppFactory.IngestKey);

        var response = await ingest.GetAsync("/api/v1/org");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("your role or scope does not allow GET /api/v1/org", await DetailAsync(response));
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await AnswerAsync(response))["detail"]?.GetValue<string>() ?? "(no detail)";
    }
}
