using System.Diagnostics.Metrics;

namespace WarRoom.Web.Infrastructure;

/// <summary>
/// The instruments operators watch (System.Diagnostics.Metrics; /metrics renders them as Prometheus text).
/// One instance per process, injected wherever something is counted.
/// </summary>
public sealed class WarRoomMetrics : IDisposable
{
    public const string MeterName = "WarRoom";

    private readonly Meter meter;
    private readonly Counter<long> ingestEvents;
    private readonly Histogram<double> storeWrite;
    private readonly Histogram<double> requestDuration;
    private readonly UpDownCounter<long> hubConnections;
    private readonly Histogram<double> pushLatency;
    private readonly Counter<long> pushes;

    public WarRoomMetrics(IMeterFactory factory)
    {
        meter = factory.Create(MeterName);
        ingestEvents = meter.CreateCounter<long>("warroom_ingest_events", description: "Events answered by the ingest API, by outcome");
        storeWrite = meter.CreateHistogram<double>("warroom_store_write_seconds", "s", "Time to make one batch durable in the store");
        requestDuration = meter.CreateHistogram<double>("warroom_request_seconds", "s", "Time spent in MediatR requests, by request");
        hubConnections = meter.CreateUpDownCounter<long>("warroom_hub_connections", description: "Open SignalR connections");
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
        }
    }

    public void RecordStoreWrite(TimeSpan elapsed) => storeWrite.Record(elapsed.TotalSeconds);

    public void RecordRequest(string request, TimeSpan elapsed) =>
        requestDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("request", request));

    public void HubConnected() => hubConnections.Add(1);

    public void HubDisconnected() => hubConnections.Add(-1);

    public void RecordPush(TimeSpan sinceEvent)
    {
        pushes.Add(1);
        pushLatency.Record(sinceEvent.TotalSeconds);
    }

    public void Dispose() => meter.Dispose();
}
