using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Building;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Live.Hub;

namespace WarRoom.Web.Live.Publishing;

/// <summary>
/// The coalescing loop. Every <see cref="LiveOptions.PushInterval"/> (real time: the business clock may be frozen)
/// it looks at each group that has subscribers and pushes at most once per group: a burst of a thousand events is
/// one push, not a thousand. Ticks start at least one interval apart, so a group never gets more than one push per
/// interval (4 a second at 250 ms) whatever the event rate. Board groups are looked at <see cref="BoardTicks"/> times
/// an interval, so that their push slices can take turns (<see cref="BoardPublisher"/>). Also relays board reloads
/// and, less often, guidance.
/// </summary>
internal sealed class LivePublisher(
    BoardCatalog catalog, BoardStamps stamps, LiveSubscriptions subscriptions, BoardPublisher boards, UnitPublisher units,
    GuidancePublisher guidance, IHubContext<WarRoomHub> hub, HubGroups groups, WarRoomMetrics metrics, IOptions<LiveOptions> options,
    ILogger<LivePublisher> logger) : BackgroundService
{
    /// <summary>Board looks per push interval: a room's slices are spread over 50 ms steps at the default 250 ms.</summary>
    private const int BoardTicks = 5;

    private readonly ConcurrentQueue<string> reloads = new();
    private readonly TimeProvider time = TimeProvider.System;
    private long lastGuidance;
    private BoardStamp? guidanceStamp;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.Gauge("warroom_gc_heap_bytes", "Managed heap size after the last garbage collection", () => GC.GetGCMemoryInfo().HeapSizeBytes);
        // Where a screen's memory sits: objects (gen 2) or the pipes' pinned buffers (a push in flight to every screen).
        metrics.Gauge("warroom_gc_gen2_bytes", "Generation 2 after the last garbage collection", () => GC.GetGCMemoryInfo().GenerationInfo[2].SizeAfterBytes);
        metrics.Gauge("warroom_gc_pinned_bytes", "Pinned object heap (pipe buffers) after the last garbage collection", () => GC.GetGCMemoryInfo().GenerationInfo[4].SizeAfterBytes);
        metrics.Gauge("warroom_gc_full_heap_bytes", "Managed heap after the last full blocking collection: what is really held", () => GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes);
        // The heap size above counts the free gaps the collector left between objects; this is the objects alone.
        metrics.Gauge("warroom_gc_full_live_bytes", "Objects alive after the last full blocking collection (heap minus fragmentation)",
            () => GC.GetGCMemoryInfo(GCKind.FullBlocking) is var info ? info.HeapSizeBytes - info.FragmentedBytes : 0);
        metrics.Gauge("warroom_gc_full_index", "Number of the last full blocking collection", () => GC.GetGCMemoryInfo(GCKind.FullBlocking).Index);
        metrics.Gauge("warroom_working_set_bytes", "Physical memory of the process", () => Environment.WorkingSet);
        // A push late on every screen at once: a collection that held every thread, or work queued for a free thread?
        metrics.Gauge("warroom_gc_pause_microseconds", "Time collections have paused the process since it started", () => (long)GC.GetTotalPauseDuration().TotalMicroseconds);
        metrics.Gauge("warroom_threadpool_pending", "Work items queued for a thread-pool thread", () => ThreadPool.PendingWorkItemCount);
        catalog.BoardChanged += OnBoardChanged;
        try
        {
            var interval = options.Value.PushInterval / BoardTicks;
            for (var n = 0L; !stoppingToken.IsCancellationRequested; n++)
            {
                var started = time.GetTimestamp();
                try
                {
                    await TickAsync(started, n % BoardTicks == 0, interval, stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // One failed build or send must not stop every screen in the building from updating.
                    logger.LogError(e, "Live push tick failed");
                }

                var rest = interval - time.GetElapsedTime(started);
                await Task.Delay(rest > TimeSpan.Zero ? rest : TimeSpan.Zero, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        finally
        {
            catalog.BoardChanged -= OnBoardChanged;
        }
    }

    /// <param name="full">Units, guidance and reloads too, not only the boards (once per push interval).</param>
    private async Task TickAsync(long now, bool full, TimeSpan step, CancellationToken ct)
    {
        while (full && reloads.TryDequeue(out var boardId))
        {
            boards.Forget(boardId);
            guidance.Forget(boardId);
            await hub.Clients.Group(groups.Local(LiveGroups.Board(boardId))).SendAsync(BoardHubContract.BoardReloaded, boardId, ct);
        }

        var stamp = stamps.Current();
        var joinedBy = now - (long)(options.Value.PushInterval.TotalSeconds * time.TimestampFrequency);
        var active = subscriptions.ActiveGroups();
        foreach (var group in active)
        {
            if (LiveGroups.IsBoard(group, out var boardId))
            {
                await boards.PushAsync(boardId, group, stamp, joinedBy, step, ct);
            }
            else if (full && LiveGroups.IsUnit(group, out var unit, out var scope))
            {
                await units.PushAsync(group, unit, scope, stamp, joinedBy, ct);
            }
        }

        if (!full)
        {
            return;
        }

        // A board seen for the first time is looked at at once (that look only remembers what its screens got);
        // after that, only when the data moved and not more often than GuidanceInterval.
        var guidanceDue = guidanceStamp != stamp && time.GetElapsedTime(lastGuidance) >= options.Value.GuidanceInterval;
        foreach (var group in active)
        {
            if (LiveGroups.IsBoard(group, out var boardId) && (guidanceDue || !guidance.Knows(boardId)))
            {
                await guidance.PushAsync(boardId, group, ct);
            }
        }

        if (guidanceDue)
        {
            lastGuidance = now;
            guidanceStamp = stamp;
        }

        ForgetInactive(active);
    }

    /// <summary>Groups whose last screen left: what their screens held no longer matters, and should not be kept.</summary>
    private void ForgetInactive(IReadOnlyList<string> active)
    {
        var live = active.ToHashSet(StringComparer.Ordinal);
        foreach (var id in boards.Known.Where(id => !live.Contains(LiveGroups.Board(id))).ToList())
        {
            boards.Forget(id);
        }

        foreach (var id in guidance.Known.Where(id => !live.Contains(LiveGroups.Board(id))).ToList())
        {
            guidance.Forget(id);
        }

        foreach (var group in units.Known.Where(g => !live.Contains(g)).ToList())
        {
            units.Forget(group);
        }
    }

    private void OnBoardChanged(object? sender, BoardChangedEventArgs e) => reloads.Enqueue(e.BoardId);
}
