using WarRoom.Core.Events;

namespace WarRoom.IngestBench;

/// <summary>
/// Ingest at a steady rate while something else is measured: every 100 ms one body of rate/10 new events on
/// random managers (never the probe manager), each posted and answered before the next tick.
/// </summary>
internal sealed class BackgroundIngest(BenchSeed seed, IngestClient client, int eventsPerSecond, int excludedUnit) : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly IngestTotals totals = new();
    private Task? running;
    private DateTime started;

    public long Accepted => totals.Accepted;

    public double Rate => totals.Accepted / (DateTime.UtcNow - started).TotalSeconds;

    public void Start()
    {
        started = DateTime.UtcNow;
        running = Task.Run(RunAsync);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (running is not null)
        {
            await running;
        }

        stop.Dispose();
    }

    private async Task RunAsync()
    {
        var perTick = Math.Max(1, eventsPerSecond / 10);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        long next = 1;
        while (await WaitAsync(timer))
        {
            var events = SyntheticEvents.Make(seed, "bg", next, perTick, 100_000_000);
            next += perTick;
            for (var i = 0; i < events.Length; i++)
            {
                if (events[i].Unit == excludedUnit)
                {
                    events[i] = events[i] with { Unit = seed.Managers[0] == excludedUnit ? seed.Managers[1] : seed.Managers[0] };
                }
            }

            await client.PostOneAsync(JsonBodies.Make(seed.Data, events, perTick)[0], totals);
        }
    }

    private async Task<bool> WaitAsync(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
