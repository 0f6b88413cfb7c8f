using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace WarRoom.Web.Features.Notify.WeCom;

/// <summary>What WeCom answered: errcode 0 is sent; 45009 is its per-minute limit; anything else names the problem.</summary>
public sealed record WeComAnswer(int ErrCode, string ErrMsg)
{
    public const int RateLimited = 45009;

    public bool Sent => ErrCode == 0;
}

/// <summary>The transport failed after Polly's retries (timeouts, connection errors, 5xx); the message stays queued.</summary>
public sealed class WeComUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The webhook refused the request itself (4xx other than rate limits): retrying cannot help.</summary>
public sealed class WeComRejectedException(string message) : Exception(message);

/// <summary>
/// Posts one markdown message to a bot's webhook: <c>{"msgtype":"markdown","markdown":{"content":…}}</c>. Timeouts,
/// connection failures and 5xx are retried a few times with Polly (exponential backoff with jitter); the outbox
/// retries later still. The HttpClient has its loggers removed: the default ones would write the URL, key and all.
/// </summary>
public sealed class WeComClient(HttpClient http, IOptions<NotifyOptions> options, TimeProvider time)
{
    public const string HttpClientName = "wecom";

    private readonly ResiliencePipeline<HttpResponseMessage> retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>().Handle<TimeoutRejectedException>()
                .HandleResult(r => (int)r.StatusCode >= 500 || r.StatusCode == HttpStatusCode.RequestTimeout),
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromMilliseconds(500),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        })
        .AddTimeout(TimeSpan.FromSeconds(options.Value.WeCom.TimeoutSeconds))
        .Build();

    public async Task<WeComAnswer> SendAsync(WeComBot bot, string content, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await retry.ExecuteAsync(
                async token =>
                {
                    // A buffered body with Content-Length: gateways in front of webhooks often refuse chunked uploads.
                    using var body = new StringContent(JsonSerializer.Serialize(new Payload("markdown", new Markdown(content))), Encoding.UTF8, "application/json");
                    return await http.PostAsync(bot.Url, body, token);
                }, ct);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException)
        {
            var reason = e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;
            throw new WeComUnavailableException(bot.Scrub(reason));
        }

        using (response)
        {
            if ((int)response.StatusCode >= 500)
            {
                throw new WeComUnavailableException($"HTTP {(int)response.StatusCode} from the webhook");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new WeComRejectedException($"HTTP {(int)response.StatusCode} from the webhook");
            }

            try
            {
                var answer = await response.Content.ReadFromJsonAsync<Answer>(ct);
                return answer is null ? throw new WeComUnavailableException("the webhook answered without a body") : new WeComAnswer(answer.ErrCode, answer.ErrMsg ?? "");
            }
            catch (System.Text.Json.JsonException)
            {
                throw new WeComUnavailableException("the webhook's answer is not JSON");
            }
        }
    }

    private sealed record Payload([property: JsonPropertyName("msgtype")] string MsgType, [property: JsonPropertyName("markdown")] Markdown Markdown);

    private sealed record Markdown([property: JsonPropertyName("content")] string Content);

    private sealed record Answer([property: JsonPropertyName("errcode")] int ErrCode, [property: JsonPropertyName("errmsg")] string? ErrMsg);
}
