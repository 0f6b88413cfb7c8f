using System.Net;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Auth;

/// <summary>Each ingest key has its own budget of batches; over it, 429 with Retry-After, and the other sources go on.</summary>
public sealed class IngestRateLimitTests : IAsyncLifetime
{
    private const string OtherKey = "test-ingest-key-erp-0123456789";

    private readonly WarRoomAppFactory app = WarRoomAppFactory.With(null, new Dictionary<string, string?>
    {
        ["WarRoom:RateLimits:Ingest:Burst"] = "2",
        ["WarRoom:RateLimits:Ingest:PerSecond"] = "1",
        ["WarRoom:Auth:IngestKeys:erp"] = OtherKey,
    });

    public Task InitializeAsync() => app.WaitUntilReadyAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_source_over_its_budget_gets_429_with_retry_after_while_another_source_is_still_served()
    {
        using var crm = app.ClientWith(WarRoomAppFactory.IngestKey);
        using var erp = app.ClientWith(OtherKey);
        Assert.Equal(HttpStatusCode.OK, (await Send(crm)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(crm)).StatusCode);

        // One batch a second refills the bucket; ten back-to-back batches outrun it unless each took a second.
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 10 && refused is null; i++)
        {
            var response = await Send(crm);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After {refused.Headers.RetryAfter}");
        Assert.Contains("source 'crm'", (await AnswerAsync(refused))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Send(erp)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_key_is_answered_401_never_429_because_it_is_refused_before_the_limiter_counts_it()
    {
        using var wrong = app.ClientWith("not-a-key-at-all-0000000000");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Send(wrong)).StatusCode);
        }
    }

    private static Task<HttpResponseMessage> Send(HttpClient client) =>
        client.PostAsync("/api/v1/events", Batch((JsonNode)Event("rl-" + Guid.NewGuid().ToString("N"))));
}
