using MediatR;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Building;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Live.Hub;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Live.Publishing;

/// <summary>
/// One tick's work for the unit groups: when the data changed and the group's push window has passed, ask GetUnit
/// once for the group (as a viewer with the group's scope) and push <c>unitUpdated</c> if the answer differs from the
/// last one; newcomers get the current state one push interval after subscribing, as on boards.
/// </summary>
internal sealed class UnitPublisher(
    IServiceScopeFactory scopes, OrgTree org, LiveSubscriptions subscriptions, LiveFeed feed, IHubContext<WarRoomHub> hub, HubGroups groups,
    WarRoomMetrics metrics, IOptions<LiveOptions> options)
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(20);

    private readonly Dictionary<string, State> states = new(StringComparer.Ordinal);

    public async Task PushAsync(string group, string unitCode, string viewerScope, BoardStamp stamp, long newcomersJoinedBy, CancellationToken ct)
    {
        if (org.Find(viewerScope) is not { } scope)
        {
            return;
        }

        var state = states.TryGetValue(group, out var known) ? known : states[group] = new State();
        var newcomers = subscriptions.TakeNewcomers(group, newcomersJoinedBy);
        var due = state.Stamp != stamp &&
            TimeProvider.System.GetElapsedTime(state.LastPushAt) >= options.Value.WindowFor(subscriptions.Members(group)) - Tolerance;
        if (!due && newcomers.Count == 0)
        {
            return;
        }

        UnitDto unit;
        using (var requestScope = scopes.CreateScope())
        {
            var viewer = new Viewer("live", Roles.Reader, scope);
            unit = await requestScope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetUnit.Query(viewer, unitCode), ct);
        }

        var json = BoardJson.Serialize(unit);
        if (due && state.Json is not null && state.Json != json)
        {
            await hub.Clients.Group(groups.Local(group)).SendAsync(BoardHubContract.UnitUpdated, unit, ct);
            state.LastPushAt = TimeProvider.System.GetTimestamp();
            if (stamp.Batches > state.BatchesPushed)
            {
                metrics.RecordPush(TimeProvider.System.GetElapsedTime(feed.AcceptedAt(state.BatchesPushed + 1)));
            }
        }

        if (due || state.Json is null)
        {
            state.Json = json;
            state.Stamp = stamp;
            state.BatchesPushed = stamp.Batches;
        }

        if (newcomers.Count > 0)
        {
            await hub.Clients.Clients(newcomers).SendAsync(BoardHubContract.UnitUpdated, unit, ct);
        }
    }

    public void Forget(string group) => states.Remove(group);

    public IEnumerable<string> Known => states.Keys;

    private sealed class State
    {
        public string? Json { get; set; }
        public BoardStamp? Stamp { get; set; }
        public long BatchesPushed { get; set; }
        public long LastPushAt { get; set; }
    }
}
