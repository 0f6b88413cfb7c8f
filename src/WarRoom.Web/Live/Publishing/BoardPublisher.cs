using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Building;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Live.Hub;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Live.Publishing;

/// <summary>
/// One tick's work for the board groups: when a board's data changed, push the changed widgets to each of its push
/// slices (<see cref="LiveGroups.Slices"/>) whose window has passed (<see cref="LiveOptions.WindowFor"/>), the
/// longest-waiting first, but no more screens a tick than the update budget allows: a room of thousands gets its
/// update slice by slice across the window instead of all at once, so a 喜报 sent meanwhile finds most sockets idle;
/// and for <see cref="DealHold"/> after a big deal no slice is pushed that has waited less than its window and the
/// hold, so the 喜报 goes out to thousands of screens without board updates competing for the cores and sockets.
/// The payload is built once (cached) and its widgets serialized once, whatever the number of slices. Each member
/// that subscribed at least one push interval ago gets the complete state once: a partial push that overtook the
/// reply to <c>Subscribe</c> on the wire could otherwise leave a screen behind for good.
/// </summary>
internal sealed class BoardPublisher(
    BoardCatalog catalog, BoardPayloadCache payloads, LiveSubscriptions subscriptions, LiveFeed feed,
    IHubContext<WarRoomHub> hub, HubGroups groups, SerializedPayloads serialized, WarRoomMetrics metrics, IOptions<LiveOptions> options)
{
    /// <summary>Ticks come one interval apart give or take timer jitter; a window of one interval must not skip every other tick.</summary>
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(20);

    /// <summary>About the time one node takes to write a 喜报 to thousands of sockets (docs/benchmarks.md).</summary>
    private static readonly TimeSpan DealHold = TimeSpan.FromMilliseconds(250);

    private readonly Dictionary<string, BoardSlices> states = new(StringComparer.Ordinal);

    /// <param name="tick">How often this is called: the tick's share of <see cref="LiveOptions.ScreenUpdatesPerSecond"/>.</param>
    public async Task PushAsync(string boardId, string group, BoardStamp stamp, long newcomersJoinedBy, TimeSpan tick, CancellationToken ct)
    {
        if (catalog.Find(boardId) is not { } board)
        {
            return;
        }

        if (!states.TryGetValue(boardId, out var slices) || !ReferenceEquals(slices.Board, board))
        {
            slices = new BoardSlices(board);
            states[boardId] = slices;
        }

        var newcomers = subscriptions.TakeNewcomers(group, newcomersJoinedBy);
        var window = options.Value.WindowFor(subscriptions.Members(group)) - Tolerance;
        var budget = options.Value.ScreenUpdatesPerSecond * tick.TotalSeconds;
        var screens = 0;
        var held = feed.LastDealAt != 0 && TimeProvider.System.GetElapsedTime(feed.LastDealAt) < DealHold;
        foreach (var (index, state) in slices.ByLastPush())
        {
            var members = subscriptions.Members(group, index);
            if (members == 0)
            {
                if (state.Stamp is not null)
                {
                    // Nobody holds what it was sent: its next member starts from the complete state.
                    slices.Forget(index);
                }

                continue;
            }

            var waited = TimeProvider.System.GetElapsedTime(state.LastPushAt);
            if (state.Stamp == stamp || waited < window || (state.Stamp is not null && ((held && waited < window + DealHold) || (screens > 0 && screens + members > budget))))
            {
                continue;
            }

            var json = slices.Json(await payloads.GetAsync(board, stamp));
            if (state.Stamp is null)
            {
                state.Remember(json.Payload, json);
            }
            else if (state.Changes(json.Payload, json) is { } changes)
            {
                await hub.Clients.Group(groups.Slice(group, index)).SendAsync(BoardHubContract.BoardUpdated, changes, ct);
                state.LastPushAt = TimeProvider.System.GetTimestamp();
                screens += members;
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
            var complete = serialized.Of(await payloads.GetAsync(board, stamp));
            await hub.Clients.Clients(newcomers).SendAsync(BoardHubContract.BoardUpdated, complete, ct);
        }
    }

    /// <summary>A board was reloaded or lost its last screen: what its screens hold is no longer known.</summary>
    public void Forget(string boardId) => states.Remove(boardId);

    public IEnumerable<string> Known => states.Keys;

    /// <summary>What each push slice of one board was last sent, and the last payload's widgets as JSON.</summary>
    private sealed class BoardSlices(BoardDefinition board)
    {
        private readonly BoardPushState[] slices = [.. Enumerable.Range(0, LiveGroups.Slices).Select(_ => new BoardPushState(board))];
        private WidgetJson? json;

        public BoardDefinition Board => board;

        public IEnumerable<(int Index, BoardPushState State)> ByLastPush() =>
            slices.Select((s, i) => (i, s)).OrderBy(s => s.s.LastPushAt).ToList();

        public void Forget(int index) => slices[index] = new BoardPushState(board);

        public WidgetJson Json(Features.Boards.Payloads.BoardPayload payload) =>
            json is not null && ReferenceEquals(json.Payload, payload) ? json : json = new WidgetJson(payload);
    }
}
