using WarRoom.Core.Events;

namespace WarRoom.IngestBench;

/// <summary>
/// Ingest at a steady rate while something else is measured: every 100 ms one body of rate/10 new events on
/// random managers (never the probe manager), each posted and answered before the next tick. As a day of a campaign
/// brings them, most are dated today (up to the bench clock) and <paramref name="lateShare"/> of them on an earlier
/// campaign day at random (a branch booking yesterday's business late): each of those changes every close after it.
/// </summary>
internal sealed class BackgroundIngest(BenchSeed seed, IngestClient client, int eventsPerSecond, int excludedUnit, double lateShare) : IAsyncDisposable
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
        var random = new Random(25);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        long next = 1;
        while (await WaitAsync(timer))
        {
            var events = SyntheticEvents.Make(seed, "bg", next, perTick, 100_000_000);
            next += perTick;
            for (var i = 0; i < events.Length; i++)
            {
                var unit = events[i].Unit == excludedUnit ? (seed.Managers[0] == excludedUnit ? seed.Managers[1] : seed.Managers[0]) : events[i].Unit;
                events[i] = events[i] with { Unit = unit, TimeMs = Dated(random) };
            }

            await client.PostOneAsync(JsonBodies.Make(seed.Data, events, perTick)[0], totals);
        }
    }

    /// <summary>Today up to the clock, or (a <see cref="lateShare"/> of the time) anywhere on an earlier campaign day.</summary>
    private long Dated(Random random)
    {
        var campaign = seed.Data.Campaign;
        long start = campaign.Start.ToUnixTimeMilliseconds(), now = seed.Clock.ToUnixTimeMilliseconds();
        var today = Math.Max(start, campaign.StartOfDay(campaign.LocalDate(seed.Clock)).ToUnixTimeMilliseconds());
        return random.NextDouble() < lateShare && today > start
            ? random.NextInt64(start, today) / 1000 * 1000
            : random.NextInt64(today, now) / 1000 * 1000;
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
