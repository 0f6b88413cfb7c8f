using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Building;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Live.Hub;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Live.Publishing;

/// <summary>
/// One tick's work for the board groups: when a board's data changed and its push window has passed
/// (<see cref="LiveOptions.WindowFor"/>), build its payload once (cached) and push the changed widgets to the group;
/// send the complete state to each member that subscribed at least one push interval ago and has not had it yet.
/// That late complete push is what makes the reply to <c>Subscribe</c> safe: a partial push that overtook the reply
/// on the wire could otherwise leave a screen behind for good.
/// </summary>
internal sealed class BoardPublisher(
    BoardCatalog catalog, BoardPayloadCache payloads, LiveSubscriptions subscriptions, LiveFeed feed,
    IHubContext<WarRoomHub> hub, HubGroups groups, WarRoomMetrics metrics, IOptions<LiveOptions> options)
{
    /// <summary>Ticks come one interval apart give or take timer jitter; a window of one interval must not skip every other tick.</summary>
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(20);

    private readonly Dictionary<string, BoardPushState> states = new(StringComparer.Ordinal);

    public async Task PushAsync(string boardId, string group, BoardStamp stamp, long newcomersJoinedBy, CancellationToken ct)
    {
        if (catalog.Find(boardId) is not { } board)
        {
            return;
        }

        if (!states.TryGetValue(boardId, out var state) || !ReferenceEquals(state.Board, board))
        {
            state = new BoardPushState(board);
            states[boardId] = state;
        }

        var newcomers = subscriptions.TakeNewcomers(group, newcomersJoinedBy);
        var window = options.Value.WindowFor(subscriptions.Members(group));
        if (state.Stamp != stamp && TimeProvider.System.GetElapsedTime(state.LastPushAt) >= window - Tolerance)
        {
            var payload = await payloads.GetAsync(board, stamp);
            if (state.Stamp is null)
            {
                state.Remember(payload);
            }
            else if (state.Changes(payload) is { } changes)
            {
                await hub.Clients.Group(groups.Local(group)).SendAsync(BoardHubContract.BoardUpdated, changes, ct);
                state.LastPushAt = TimeProvider.System.GetTimestamp();
                if (stamp.Batches > state.BatchesPushed)
                {
                    metrics.RecordPush(TimeProvider.System.GetElapsedTime(feed.AcceptedAt(state.BatchesPushed + 1)));
                }
            }

            state.Stamp = stamp;
            state.BatchesPushed = stamp.Batches;
        }

        if (newcomers.Count > 0)
        {
            var complete = await payloads.GetAsync(board, stamp);
            await hub.Clients.Clients(newcomers).SendAsync(BoardHubContract.BoardUpdated, complete, ct);
        }
    }

    /// <summary>A board was reloaded or lost its last screen: what its screens hold is no longer known.</summary>
    public void Forget(string boardId) => states.Remove(boardId);

    public IEnumerable<string> Known => states.Keys;
}
