using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace WarRoom.Web.Storage.Influx;

/// <summary>
/// The retry policy of a direct write: a few attempts with exponential backoff and jitter on transient failures
/// only. Short on purpose — once it gives up, the batch is safe in the spool, so waiting longer buys nothing.
/// </summary>
internal static class InfluxRetry
{
    public static ResiliencePipeline Create(InfluxOptions options, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<InfluxUnavailableException>(),
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    logger.LogDebug(args.Outcome.Exception, "InfluxDB write attempt {Attempt} failed; retrying in {Delay}", args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }
}
