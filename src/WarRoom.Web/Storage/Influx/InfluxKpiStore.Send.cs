using Microsoft.Extensions.Logging;
using WarRoom.Core.Events;

namespace WarRoom.Web.Storage.Influx;

/// <summary>The direct write path: a batch as bodies of line protocol, several in flight at once.</summary>
public sealed partial class InfluxKpiStore
{
    /// <summary>
    /// POSTs the batch body by body with up to <see cref="InfluxOptions.WriteConcurrency"/> bodies in flight,
    /// formatting (and compressing) the next body while the others travel. InfluxDB parses concurrent bodies on
    /// several cores and fsyncs them in one WAL write, so one body at a time leaves it idle between requests.
    /// Returns how many events from the start of the batch InfluxDB acknowledged: all of them, or the bodies
    /// before the first that failed after its retries. Bodies after that one may have landed too; spooling them
    /// again is harmless, a point re-sent lands on itself (decision 0006).
    /// </summary>
    private async Task<int> SendAsync(IReadOnlyList<EventRecord> batch, CancellationToken ct)
    {
        var inFlight = new Queue<(Task Send, int End)>(options.WriteConcurrency);
        var acknowledged = 0;
        var position = 0;
        var used = 0;
        try
        {
            while (position < batch.Count)
            {
                // With WriteConcurrency bodies in flight the one formatted here is the spare: they retire in order.
                var body = bodies[used++ % bodies.Length];
                position += Prepare(batch, position, body, http.GzipEnabled);
                if (inFlight.Count == options.WriteConcurrency)
                {
                    acknowledged = await Retire(inFlight);
                }

                inFlight.Enqueue((retry.ExecuteAsync(static (s, token) => new ValueTask(s.Http.WriteAsync(s.Body, token)), (Http: http, Body: body), ct).AsTask(), position));
            }

            while (inFlight.Count > 0)
            {
                acknowledged = await Retire(inFlight);
            }
        }
        catch (InfluxUnavailableException ex)
        {
            logger.LogWarning(ex, "InfluxDB write failed after retries; spooling {Count} events", batch.Count - acknowledged);
        }
        finally
        {
            // No body may still be on the wire when the caller spools from the same buffers or the next batch starts.
            await Settle(inFlight);
        }

        return acknowledged;
    }

    private static async Task<int> Retire(Queue<(Task Send, int End)> inFlight)
    {
        var (send, end) = inFlight.Peek();
        await send;
        inFlight.Dequeue();
        return end;
    }

    private static async Task Settle(Queue<(Task Send, int End)> inFlight)
    {
        foreach (var (send, _) in inFlight)
        {
            try
            {
                await send;
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
