using System.Diagnostics.Metrics;

namespace WarRoom.Web.Infrastructure;

/// <summary>
/// The instruments operators watch (System.Diagnostics.Metrics; /metrics renders them as Prometheus text).
/// One instance per process, injected wherever something is counted. The host creates the exporter first, so that
/// it listens before the first measurement (a counter added to before the first scrape would otherwise be lost);
/// states such as open hub connections are gauges read at scrape time, not sums of deltas.
/// </summary>
public sealed class WarRoomMetrics : IDisposable
{
    public const string MeterName = "WarRoom";

    private readonly Meter meter;
    private readonly Counter<long> ingestEvents;
    private readonly Histogram<double> storeWrite;
    private readonly Histogram<double> requestDuration;
    private readonly RateWindow accepted;
    private long hubConnections;
    private readonly Histogram<double> pushLatency;
    private readonly Counter<long> pushes;

    public WarRoomMetrics(IMeterFactory factory, TimeProvider? time = null)
    {
        accepted = new RateWindow(time ?? TimeProvider.System);
        meter = factory.Create(MeterName);
        ingestEvents = meter.CreateCounter<long>("warroom_ingest_events", description: "Events answered by the ingest API, by outcome");
        storeWrite = meter.CreateHistogram<double>("warroom_store_write_seconds", "s", "Time to make one batch durable in the store");
        requestDuration = meter.CreateHistogram<double>("warroom_request_seconds", "s", "Time spent in MediatR requests, by request");
        meter.CreateObservableGauge("warroom_hub_connections", () => Interlocked.Read(ref hubConnections), description: "Open SignalR connections");
        meter.CreateObservableGauge("warroom_ingest_events_per_second", accepted.PerSecond,
            description: $"Events accepted by ingest per second, mean of the last {RateWindow.Seconds} s");
        pushLatency = meter.CreateHistogram<double>("warroom_push_latency_seconds", "s", "From an accepted event to the push that carries it");
        pushes = meter.CreateCounter<long>("warroom_pushes", description: "Coalesced pushes sent to hub groups");
    }

    /// <summary>Registers a gauge read at scrape time (queue depth, spool size…).</summary>
    public void Gauge(string name, string description, Func<long> read) =>
        meter.CreateObservableGauge(name, read, description: description);

    public void CountIngest(string outcome, long count)
    {
        if (count > 0)
        {
            ingestEvents.Add(count, new KeyValuePair<string, object?>("outcome", outcome));
            if (outcome == "accepted")
            {
                accepted.Add(count);
            }
        }
    }

    public void RecordStoreWrite(TimeSpan elapsed) => storeWrite.Record(elapsed.TotalSeconds);

    public void RecordRequest(string request, TimeSpan elapsed) =>
        requestDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("request", request));

    public void HubConnected() => Interlocked.Increment(ref hubConnections);

    public void HubDisconnected() => Interlocked.Decrement(ref hubConnections);

    public void RecordPush(TimeSpan sinceEvent)
    {
        pushes.Add(1);
        pushLatency.Record(sinceEvent.TotalSeconds);
    }

    public void Dispose() => meter.Dispose();
}
