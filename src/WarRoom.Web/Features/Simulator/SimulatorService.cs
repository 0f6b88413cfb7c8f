using Microsoft.Extensions.Options;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Seed;
using WarRoom.Core.Simulation;
using WarRoom.Web.Features.Ingest.Parsing;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Features.Simulator;

/// <summary>
/// Feeds made-up campaign traffic through the real ingest pipeline (as the source "simulator"), so that
/// <c>dotnet run</c> shows a live war room at once: first the campaign so far when the store is empty, then a
/// steady stream shaped like a bank's day, stamped with the business clock.
/// </summary>
public sealed class SimulatorService(
    SeedData seed, IngestPipeline pipeline, IdLedger ledger, TimeProvider clock, IOptions<SimulatorOptions> options,
    ILogger<SimulatorService> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    private readonly Campaign campaign = seed.Campaign;
    private readonly string runId = Guid.NewGuid().ToString("N")[..8];
    private long sequence;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        while (!pipeline.IsOpen)
        {
            await Task.Delay(200, stoppingToken);
        }

        if (o.Backfill && ledger.Count == 0)
        {
            await BackfillAsync(new TrafficGenerator(seed.Org, campaign, o.Seed, seed.Dimensions), o.BackfillEventsPerWorkingDay, stoppingToken);
        }

        var live = new TrafficGenerator(seed.Org, campaign, Environment.TickCount, seed.Dimensions);
        var perWorkingDay = o.EventsPerSecond * 3600 * TrafficShape.DailyTotal(true);
        using var timer = new PeriodicTimer(Tick, TimeProvider.System);
        var carry = 0.0;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = clock.GetUtcNow();
            if (!campaign.Contains(now))
            {
                continue;
            }

            var local = TimeZoneInfo.ConvertTime(now, campaign.TimeZone).DateTime;
            carry += o.EventsPerSecond * Tick.TotalSeconds * TrafficShape.Intensity(TimeOnly.FromDateTime(local), campaign.Calendar.IsWorkingDay(DateOnly.FromDateTime(local)));
            var count = (int)carry;
            carry -= count;
            await SubmitAsync(live, Enumerable.Repeat(now, count), perWorkingDay, "live", stoppingToken);
        }
    }

    private async Task BackfillAsync(TrafficGenerator generator, int perWorkingDay, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now < campaign.End ? now : campaign.End;
        var total = 0;
        for (var day = campaign.FirstDay; campaign.StartOfDay(day) < until; day = day.AddDays(1))
        {
            var from = campaign.StartOfDay(day);
            var to = campaign.StartOfDay(day.AddDays(1)) < until ? campaign.StartOfDay(day.AddDays(1)) : until;
            var share = (to - from).TotalDays * (campaign.Calendar.IsWorkingDay(day) ? 1 : TrafficShape.NonWorkingDayFactor);
            var count = (int)(perWorkingDay * share);
            var times = Enumerable.Range(0, count).Select(_ => generator.TimeIn(from, to)).Order().ToList();
            total += await SubmitAsync(generator, times, perWorkingDay, "hist-" + day.ToString("yyyyMMdd"), ct);
        }

        logger.LogInformation("Simulator back-filled the campaign so far: {Count} events up to {Until:O}", total, until);
    }

    private async Task<int> SubmitAsync(TrafficGenerator generator, IEnumerable<DateTimeOffset> times, double perWorkingDay, string tag, CancellationToken ct)
    {
        var accepted = 0;
        foreach (var chunk in times.Chunk(5_000))
        {
            var events = new List<IncomingEvent>(chunk.Length);
            foreach (var time in chunk)
            {
                if (generator.Next(time, perWorkingDay) is { Value: not 0 } e)
                {
                    events.Add(new IncomingEvent
                    {
                        Index = events.Count, Id = $"sim-{runId}-{tag}-{++sequence}", TimeMs = e.Time.ToUnixTimeMilliseconds(),
                        Unit = e.Unit, Kpi = e.Kpi, Value = e.Value, Tags = e.Tags,
                    });
                }
            }

            accepted += await SubmitWithRetryAsync(events, ct);
        }

        return accepted;
    }

    private async Task<int> SubmitWithRetryAsync(List<IncomingEvent> events, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                return (await pipeline.SubmitAsync(events)).Accepted;
            }
            catch (StoreUnavailableException e)
            {
                logger.LogDebug("Simulator backs off {RetryAfter}: {Reason}", e.RetryAfter, e.Message);
                await Task.Delay(e.RetryAfter, ct);
            }
        }
    }
}
