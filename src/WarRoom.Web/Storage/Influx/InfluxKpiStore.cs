using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Polly;
using WarRoom.Core.Events;
using WarRoom.Core.Seed;

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
/// is in the local durable spool; while the spool holds anything, new batches queue behind it so InfluxDB
/// receives writes in acceptance order. <see cref="InfluxSpoolDrainer"/> empties it when InfluxDB is back.
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
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly SemaphoreSlim drainGate = new(1, 1);
    private readonly Channel<bool> spoolSignal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly TaskCompletionSource initialized = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly WriteBody[] bodies = [new(), new()];
    private InfluxSpool? spool;

    public InfluxKpiStore(InfluxOptions options, SeedData seed, TimeProvider time, ILogger<InfluxKpiStore> logger, HttpMessageHandler? handler = null)
    {
        this.options = options;
        this.seed = seed;
        this.logger = logger;
        http = new InfluxHttp(options, logger, handler);
        lines = new LineProtocol(seed.Org, seed.Kpis);
        retry = InfluxRetry.Create(options, time, logger);
    }

    public string Name => "influx";

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
        await writeGate.WaitAsync(ct);
        try
        {
            var next = queue.IsEmpty ? await SendAsync(batch, ct) : 0;
            if (next == batch.Count)
            {
                return;
            }

            Append(queue, batch, next);
        }
        finally
        {
            writeGate.Release();
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

    /// <summary>
    /// POSTs the batch body by body, one at a time, preparing (formatting, compressing) the next body while the
    /// current one is in flight. Returns how many events from the start InfluxDB acknowledged: all of them, or
    /// fewer when it became unavailable and the retries ran out.
    /// </summary>
    private async Task<int> SendAsync(IReadOnlyList<EventRecord> batch, CancellationToken ct)
    {
        var acknowledged = 0;
        var (current, spare) = (bodies[0], bodies[1]);
        var count = Prepare(batch, 0, current, http.GzipEnabled);
        try
        {
            while (count > 0)
            {
                var send = retry.ExecuteAsync(static (s, token) => new ValueTask(s.Http.WriteAsync(s.Body, token)), (Http: http, Body: current), ct);
                var following = acknowledged + count;
                var nextCount = following < batch.Count ? Prepare(batch, following, spare, http.GzipEnabled) : 0;
                await send;
                acknowledged = following;
                (current, spare, count) = (spare, current, nextCount);
            }
        }
        catch (InfluxUnavailableException ex)
        {
            logger.LogWarning(ex, "InfluxDB write failed after retries; spooling {Count} events", batch.Count - acknowledged);
        }

        return acknowledged;
    }

    /// <summary>Formats up to BatchLines events from <paramref name="start"/> into <paramref name="body"/>.</summary>
    private int Prepare(IReadOnlyList<EventRecord> batch, int start, WriteBody body, bool compress)
    {
        var output = body.Start();
        var end = Math.Min(batch.Count, start + options.BatchLines);
        for (var i = start; i < end; i++)
        {
            lines.Append(output, batch[i]);
        }

        if (compress)
        {
            body.Compress();
        }

        return end - start;
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
