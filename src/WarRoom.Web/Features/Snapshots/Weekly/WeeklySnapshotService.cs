using MediatR;
using WarRoom.Core.Campaigns;
using WarRoom.Web.Infrastructure.Cluster;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Snapshots.Weekly;

/// <summary>
/// Takes the weekly review's snapshot at its slot, by the business clock (the injected TimeProvider). On start —
/// once the aggregates are rebuilt, so it never freezes an empty bank — it takes a slot missed within the catch-up
/// window; then it sleeps until the next slot, waking at least hourly so a clock that jumps is noticed. Taking
/// the same week twice is impossible by the store's schedule key, not by this loop's memory.
/// </summary>
public sealed class WeeklySnapshotService(
    IServiceScopeFactory scopes, WeeklySchedule schedule, Campaign campaign, TimeProvider clock, IngestPipeline pipeline,
    ClusterLease lease, ILogger<WeeklySnapshotService> logger) : BackgroundService
{
    public const string LeaseName = "weekly-snapshot";

    private static readonly TimeSpan LongestSleep = TimeSpan.FromHours(1);

    private long checkedAtUtcTicks = -1;

    /// <summary>The business time of the last check for a due slot (tests wait for it instead of sleeping).</summary>
    public DateTimeOffset? CheckedAt => Interlocked.Read(ref checkedAtUtcTicks) is >= 0 and var t ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!pipeline.IsOpen)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (schedule.Due(now) is { } slot && InCampaign(slot) && await HoldsLeaseAsync())
            {
                await TakeAsync(slot, stoppingToken);
            }

            // The timer is armed before the check is published: a clock that moves on right after the check (a test
            // advancing its fake clock) then wakes this timer instead of slipping in before it is set.
            var wait = schedule.NextAfter(now) - clock.GetUtcNow();
            var sleep = Task.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestSleep ? LongestSleep : wait, clock, stoppingToken);
            Interlocked.Exchange(ref checkedAtUtcTicks, now.UtcTicks);
            await sleep;
        }
    }

    /// <summary>
    /// In a cluster only the lease holder takes it (the store's schedule key would refuse a second one anyway, when
    /// the nodes share the snapshot file); a holder that dies loses the lease and the next node takes the slot.
    /// </summary>
    private async Task<bool> HoldsLeaseAsync()
    {
        try
        {
            return await lease.HoldsAsync(LeaseName);
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            logger.LogWarning(e, "The weekly snapshot's lease could not be asked for; trying at the next wake-up");
            return false;
        }
    }

    /// <summary>Slots inside the campaign, and the first one after its end (the final week's review).</summary>
    private bool InCampaign(DateTimeOffset slot) => slot > campaign.Start && slot < campaign.End.AddDays(7);

    private async Task TakeAsync(DateTimeOffset slot, CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var taken = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TakeWeeklySnapshot.Command(slot), ct);
            if (taken is not null)
            {
                logger.LogInformation("Weekly snapshot {Id} '{Label}' taken for the slot {Slot:O}", taken.Id, taken.Label, slot);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Retried at the next wake-up while the slot is still within the catch-up window.
            logger.LogError(e, "The weekly snapshot for the slot {Slot:O} failed", slot);
        }
    }
}
