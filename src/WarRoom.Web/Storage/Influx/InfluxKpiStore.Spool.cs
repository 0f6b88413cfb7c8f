using Microsoft.Extensions.Logging;
using WarRoom.Core.Events;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Storage.Influx;

/// <summary>The spool side of the store: appending what InfluxDB could not take, and draining it in order.</summary>
public sealed partial class InfluxKpiStore
{
    /// <summary>Sends spooled bodies in order until the spool is empty or InfluxDB fails.</summary>
    public async Task<DrainResult> DrainAsync(CancellationToken ct)
    {
        var queue = Spool;
        await drainGate.WaitAsync(ct);
        try
        {
            while (queue.Peek() is { } entry)
            {
                try
                {
                    await http.WriteAsync(entry.Body, ct);
                    if (drainListeners.Count > 0)
                    {
                        var events = SpooledLines.Read(entry.Body, seed);
                        foreach (var listener in drainListeners)
                        {
                            await listener.DrainedAsync(events, ct);
                        }
                    }

                    queue.Remove(entry);
                }
                catch (InfluxUnavailableException ex)
                {
                    logger.LogDebug(ex, "InfluxDB still unavailable; {Events} events wait in the spool", queue.Events);
                    return DrainResult.Unavailable;
                }
                catch (InfluxRequestException ex)
                {
                    logger.LogError(ex, "InfluxDB refused spooled entry {Id} ({Events} events) for good; moved to spool_rejected", entry.Id, entry.Events);
                    queue.Reject(entry, ex.Message);
                }
            }

            return DrainResult.Empty;
        }
        finally
        {
            drainGate.Release();
        }
    }

    /// <summary>Waits until something was spooled, or at most <paramref name="max"/>.</summary>
    public async Task WaitForSpooledAsync(TimeSpan max, TimeProvider time, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(max, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await spoolSignal.Reader.ReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The periodic look: a spool left over from before a restart is noticed even without a signal.
        }
    }

    private void Append(InfluxSpool queue, IReadOnlyList<EventRecord> batch, int start)
    {
        var entries = new List<(byte[] Body, int Events)>();
        var body = RentBody();
        for (var i = start; i < batch.Count;)
        {
            var count = Prepare(batch, i, body, compress: false);
            entries.Add((body.Lines.ToArray(), count));
            i += count;
        }

        spareBodies.Enqueue(body);

        if (!queue.TryAppend(entries))
        {
            throw new StoreUnavailableException(
                $"InfluxDB is unavailable and its spool is full ({queue.Events} events, {queue.Bytes} bytes)", options.SpoolRetryAfter);
        }

        spoolSignal.Writer.TryWrite(true);
    }
}
