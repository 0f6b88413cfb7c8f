using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Payloads;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Live.Hub;

/// <summary>
/// <c>/hubs/warroom</c> (API.md, Live). A screen subscribes to its board and gets the complete state back at once;
/// from then on <see cref="Publishing.LivePublisher"/> pushes to the groups. Access is checked by the same MediatR
/// requests as the pages and the API (403 outside the viewer's scope, 404 unknown), turned into a
/// <see cref="HubException"/> by <see cref="LiveHubFilter"/>.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class WarRoomHub(IMediator mediator, OrgTree org, LiveSubscriptions subscriptions, HubGroups groups, SerializedPayloads serialized)
    : Microsoft.AspNetCore.SignalR.Hub
{
    /// <summary>Joins the board's group and returns its complete current payload (a <see cref="BoardPayload"/>, serialized once per board and stamp).</summary>
    public async Task<SerializedPayload> Subscribe(string boardId)
    {
        var state = await mediator.Send(new GetBoardState.Query(Viewer(), boardId), Context.ConnectionAborted);
        await JoinAsync(LiveGroups.Board(state.Board.Id));
        return serialized.Of(state.Payload);
    }

    /// <summary>
    /// Joins the unit's group (<c>unitUpdated</c>) and returns the unit's current state. The group is per unit and
    /// viewer scope, because the unit's breadcrumbs say which ancestors the viewer may open.
    /// </summary>
    public async Task<UnitDto> SubscribeUnit(string unitCode)
    {
        var viewer = Viewer();
        var unit = await mediator.Send(new GetUnit.Query(viewer, unitCode), Context.ConnectionAborted);
        await JoinAsync(LiveGroups.Unit(unit.Unit.Code, viewer.Scope.Code));
        return unit;
    }

    /// <summary>Leaves a board (by id) or a unit (by code); returns whether the connection was subscribed to it.</summary>
    public async Task<bool> Unsubscribe(string name)
    {
        var left = false;
        foreach (var group in subscriptions.GroupsOf(Context.ConnectionId).Where(g => LiveGroups.Names(g, name)))
        {
            if (subscriptions.Remove(Context.ConnectionId, group))
            {
                foreach (var joined in groups.Joined(group, Context.ConnectionId))
                {
                    await Groups.RemoveFromGroupAsync(Context.ConnectionId, joined);
                }

                left = true;
            }
        }

        return left;
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        subscriptions.RemoveConnection(Context.ConnectionId);
        return Task.CompletedTask;
    }

    private async Task JoinAsync(string group)
    {
        foreach (var joined in groups.Joined(group, Context.ConnectionId))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, joined, Context.ConnectionAborted);
        }

        subscriptions.Add(Context.ConnectionId, group, TimeProvider.System.GetTimestamp());
    }

    private Viewer Viewer() =>
        Infrastructure.Auth.Viewer.From(Context.User!, org) ?? throw new HubException("403 forbidden: this credential may not read");
}
