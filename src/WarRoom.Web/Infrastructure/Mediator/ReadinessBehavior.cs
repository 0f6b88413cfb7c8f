using MediatR;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Infrastructure.Health;

namespace WarRoom.Web.Infrastructure.Mediator;

/// <summary>A request whose answer comes from the in-memory aggregates (rankings, unit figures, guidance, snapshots).</summary>
public interface IReadsAggregates;

/// <summary>
/// While the start-up milestones are pending (the aggregates are still being rebuilt from the store, which with
/// InfluxDB down and a spool to replay can take minutes), a request that reads the aggregates is 503 with
/// Retry-After: rankings of all zeros would look like a real, catastrophic morning.
/// </summary>
public sealed class ReadinessBehavior<TRequest, TResponse>(ReadinessState readiness) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is IReadsAggregates && readiness.Pending is { Count: > 0 } pending)
        {
            throw new StoreUnavailableException($"WarRoom is starting ({string.Join(", ", pending)}): figures are not complete yet", TimeSpan.FromSeconds(5));
        }

        return next();
    }
}
