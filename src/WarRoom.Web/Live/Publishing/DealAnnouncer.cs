using Microsoft.AspNetCore.SignalR;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Live.Hub;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Live.Publishing;

/// <summary>
/// <c>dealAnnounced</c>, at once rather than on the next tick: a 喜报 is one small message per deal, and the room
/// should cheer when the deal lands. Sent to every subscribed board whose scope holds the unit it was booked on; in a
/// cluster, by the node that accepted the deal to the cluster-wide board groups, whose screens may be on any node
/// (the Redis backplane carries it to the nodes whose screens joined that group).
/// </summary>
internal sealed class DealAnnouncer(
    LiveFeed feed, BoardCatalog catalog, OrgTree org, LiveSubscriptions subscriptions, IHubContext<WarRoomHub> hub, HubGroups hubGroups,
    WarRoomMetrics metrics, ILogger<DealAnnouncer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var announcement in feed.Announcements.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await AnnounceAsync(announcement, stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(e, "Announcing deal {Id} failed", announcement.Deal.Id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private async Task AnnounceAsync(DealAnnouncement announcement, CancellationToken ct)
    {
        var groups = new List<string>();
        foreach (var board in catalog.Boards)
        {
            var group = LiveGroups.Board(board.Id);
            if (org.Find(board.Scope) is { } scope && announcement.BookedOn.IsWithin(scope) && (hubGroups.Clustered || subscriptions.HasMembers(group)))
            {
                groups.Add(group);
            }
        }

        if (groups.Count == 0)
        {
            return;
        }

        await hub.Clients.Groups(groups).SendAsync(BoardHubContract.DealAnnounced, announcement.Deal, ct);
        metrics.RecordPush(TimeProvider.System.GetElapsedTime(announcement.AcceptedAt));
    }
}
