using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WarRoom.Web.Storage.Influx;

/// <summary>
/// Empties the InfluxDB spool whenever something lands in it, retrying with a growing pause (up to
/// <see cref="InfluxOptions.DrainMaxDelay"/>) while InfluxDB stays down, and looking again now and then in case
/// a spool was left over from before a restart.
/// </summary>
public sealed class InfluxSpoolDrainer(InfluxKpiStore store, InfluxOptions options, TimeProvider time, ILogger<InfluxSpoolDrainer> logger)
    : BackgroundService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await store.Initialized.WaitAsync(stoppingToken);
            var delay = FirstDelay;
            var outage = false;
            while (!stoppingToken.IsCancellationRequested)
            {
                DrainResult result;
                try
                {
                    result = await store.DrainAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A broken spool file must not take the host down with it; say so and keep trying.
                    logger.LogError(ex, "Draining the InfluxDB spool failed");
                    result = DrainResult.Unavailable;
                }

                if (result == DrainResult.Empty)
                {
                    if (outage)
                    {
                        logger.LogInformation("InfluxDB is back; the spool is drained");
                    }

                    outage = false;
                    delay = FirstDelay;
                    await store.WaitForSpooledAsync(options.DrainMaxDelay, time, stoppingToken);
                    continue;
                }

                if (!outage)
                {
                    logger.LogWarning("InfluxDB is unavailable; {Events} events wait in the spool", store.Spool.Events);
                }

                outage = true;
                await Task.Delay(delay, time, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.DrainMaxDelay.Ticks));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever is left stays in the spool for the next start.
        }
    }
}
