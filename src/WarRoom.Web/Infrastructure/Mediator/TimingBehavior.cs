using System.Diagnostics;
using MediatR;

namespace WarRoom.Web.Infrastructure.Mediator;

/// <summary>Times every request into the <c>warroom.request.duration</c> histogram and logs the slow ones.</summary>
public sealed class TimingBehavior<TRequest, TResponse>(ILogger<TimingBehavior<TRequest, TResponse>> logger, WarRoomMetrics metrics)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string RequestName = typeof(TRequest).DeclaringType is { } outer ? outer.Name : typeof(TRequest).Name;
    private static readonly TimeSpan Slow = TimeSpan.FromMilliseconds(500);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next();
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            metrics.RecordRequest(RequestName, elapsed);
            if (elapsed > Slow)
            {
                logger.LogWarning("{Request} took {Elapsed} ms", RequestName, (long)elapsed.TotalMilliseconds);
            }
            else
            {
                logger.LogDebug("{Request} took {Elapsed:F2} ms", RequestName, elapsed.TotalMilliseconds);
            }
        }
    }
}
