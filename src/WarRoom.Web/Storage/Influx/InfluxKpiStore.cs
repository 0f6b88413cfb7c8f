using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Polly;
using WarRoom.Core.Events;
using WarRoom.Core.Seed;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Storage.Influx;

public enum DrainResult
{
    /// <summary>Everything spooled has reached InfluxDB.</summary>
    Empty,

    /// <summary>InfluxDB is still unreachable; entries remain.</summary>
    Unavailable,
}

/// <summary>
/// The production store: line protocol to /write, InfluxQL over /query (see docs/decisions on the schema and on
/// InfluxQL). A write is acknowledged once InfluxDB answered 204 for every body, or once the rest of the batch
/// is in the local durable spool; while the spool holds anything, new batches go to the spool behind it.
/// <see cref="InfluxSpoolDrainer"/> empties it when InfluxDB is back. Several batches may be written at once
/// (the ingest writer overlaps them); the order in which their points reach InfluxDB does not matter, because
/// no two events share a point identity and a point sent twice lands on itself (decision 0006).
/// </summary>
public sealed partial class InfluxKpiStore : IKpiStore
{
    private static readonly TimeSpan ReadRetryAfter = TimeSpan.FromSeconds(5);

    private readonly InfluxOptions options;
    private readonly SeedData seed;
    private readonly ILogger logger;
    private readonly InfluxHttp http;
    private readonly LineProtocol lines;
    private readonly ResiliencePipeline retry;
    private readonly SemaphoreSlim drainGate = new(1, 1);
    private readonly Channel<bool> spoolSignal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly TaskCompletionSource initialized = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IReadOnlyList<ISpoolDrainListener> drainListeners;
    private InfluxSpool? spool;

    public InfluxKpiStore(
        InfluxOptions options, SeedData seed, TimeProvider time, ILogger<InfluxKpiStore> logger, HttpMessageHandler? handler = null,
        IReadOnlyList<ISpoolDrainListener>? drainListeners = null)
    {
        this.drainListeners = drainListeners ?? [];
        this.options = options;
        this.seed = seed;
        this.logger = logger;
        http = new InfluxHttp(options, logger, handler);
        lines = new LineProtocol(seed.Org, seed.Kpis, seed.Dimensions);
        retry = InfluxRetry.Create(options, time, logger);
        sendSlots = new SemaphoreSlim(options.WriteConcurrency, options.WriteConcurrency);
    }

    public string Name => "influx";

    /// <summary>
    /// Four batches of 10,000 events (the largest request) are eight bodies for <see cref="InfluxOptions.WriteConcurrency"/>
    /// slots: when a body is answered the next is already formatted, and a request is answered as soon as its own
    /// bodies are, not with a bigger group's.
    /// </summary>
    public int PreferredWritesInFlight => 4;

    public InfluxSpool Spool => spool ?? throw new InvalidOperationException("the InfluxDB KPI store is not initialised: call InitializeAsync first");

    /// <summary>Completes once <see cref="InitializeAsync"/> has opened the spool.</summary>
    public Task Initialized => initialized.Task;

    public async Task InitializeAsync(CancellationToken ct)
    {
        if (initialized.Task.IsCompleted)
        {
            return;
        }

        spool ??= InfluxSpool.Open(options.SpoolPath, options.SpoolMaxBytes, options.SpoolMaxEvents);
        try
        {
            await retry.ExecuteAsync(async token => await http.EnsureDatabaseAsync(token), ct);
        }
        catch (InfluxUnavailableException ex)
        {
            // Startup reads everything back from InfluxDB, so there is no serving without it; the caller retries.
            throw new StoreUnavailableException($"InfluxDB is not available: {ex.Message}", ReadRetryAfter, ex);
        }

        if (!spool.IsEmpty)
        {
            logger.LogInformation("InfluxDB spool holds {Events} events from before the restart", spool.Events);
            spoolSignal.Writer.TryWrite(true);
        }

        initialized.TrySetResult();
    }

    public async Task WriteAsync(IReadOnlyList<EventRecord> batch, CancellationToken ct)
    {
        var queue = Spool;
        ThrowOnNonFinite(batch);
        var next = queue.IsEmpty ? await SendAsync(batch, ct) : 0;
        if (next < batch.Count)
        {
            Append(queue, batch, next);
        }
    }

    public async Task<bool> IsReadyAsync(CancellationToken ct)
    {
        try
        {
            await http.PingAsync(ct);
            return true;
        }
        catch (InfluxUnavailableException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync()
    {
        http.Dispose();
        spool?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void ThrowOnNonFinite(IReadOnlyList<EventRecord> batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            if (!double.IsFinite(batch[i].Value))
            {
                throw new ArgumentException($"event {batch[i].Id} has a non-finite value", nameof(batch));
            }
        }
    }
}
