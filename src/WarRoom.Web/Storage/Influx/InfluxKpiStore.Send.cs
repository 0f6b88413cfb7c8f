using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using WarRoom.Core.Events;

namespace WarRoom.Web.Storage.Influx;

/// <summary>The direct write path: a batch as bodies of line protocol, several in flight at once.</summary>
public sealed partial class InfluxKpiStore
{
    // Bodies on the wire across every batch being written: the ingest writer overlaps consecutive batches, and
    // what InfluxDB should see is one steady stream of WriteConcurrency bodies, not bursts that drain to zero
    // between batches.
    private readonly SemaphoreSlim sendSlots;
    private readonly ConcurrentQueue<WriteBody> spareBodies = new();

    /// <summary>
    /// POSTs the batch body by body, formatting (and compressing) the next body while others travel; at most
    /// <see cref="InfluxOptions.WriteConcurrency"/> bodies of all batches are in flight. InfluxDB parses concurrent
    /// bodies on several cores and fsyncs them in one WAL write, so one body at a time leaves it idle between
    /// requests. Returns how many events from the start of the batch InfluxDB acknowledged: all of them, or the
    /// bodies before the first that failed after its retries. Bodies after that one may have landed too; spooling
    /// them again is harmless, a point re-sent lands on itself (decision 0006).
    /// </summary>
    private async Task<int> SendAsync(IReadOnlyList<EventRecord> batch, CancellationToken ct)
    {
        var sends = new List<(Task Send, int End)>();
        var position = 0;
        while (position < batch.Count && !sends.Exists(s => s.Send.IsFaulted || s.Send.IsCanceled))
        {
            var body = RentBody();
            position += Prepare(batch, position, body, http.GzipEnabled);
            try
            {
                await sendSlots.WaitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                spareBodies.Enqueue(body);
                await Settle(sends, 0);
                throw;
            }

            sends.Add((SendBodyAsync(body, ct), position));
        }

        var acknowledged = 0;
        for (var i = 0; i < sends.Count; i++)
        {
            try
            {
                await sends[i].Send;
                acknowledged = sends[i].End;
            }
            catch (InfluxUnavailableException ex)
            {
                logger.LogWarning(ex, "InfluxDB write failed after retries; spooling {Count} events", batch.Count - acknowledged);
                await Settle(sends, i + 1);
                return acknowledged;
            }
            catch
            {
                // No body may still be on the wire when the caller answers for the batch.
                await Settle(sends, i + 1);
                throw;
            }
        }

        return acknowledged;
    }

    private async Task SendBodyAsync(WriteBody body, CancellationToken ct)
    {
        try
        {
            await retry.ExecuteAsync(static (s, token) => new ValueTask(s.Http.WriteAsync(s.Body, token)), (Http: http, Body: body), ct);
        }
        finally
        {
            sendSlots.Release();
            spareBodies.Enqueue(body);
        }
    }

    private WriteBody RentBody() => spareBodies.TryDequeue(out var body) ? body : new WriteBody();

    private static async Task Settle(List<(Task Send, int End)> sends, int from)
    {
        for (var i = from; i < sends.Count; i++)
        {
            try
            {
                await sends[i].Send;
            }
            catch (Exception)
            {
                // Already answered for by the first failure; the bodies from there on are spooled or the batch fails.
            }
        }
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
}
