using Microsoft.AspNetCore.SignalR;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Payloads;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Live.Hub;

namespace WarRoom.Web.Live.Publishing;

/// <summary>
/// <c>guidanceUpdated</c>: for each subscribed board, the guidance of every scope one of its panels shows (the
/// board's scope, or each cycled unit) is compared with what was last seen, and pushed when it changed. The first
/// look only remembers: the screens already got that guidance in their payload. Sends, in the help list's order, as
/// many items at or above the mildest panel's severity as the largest panel showing the scope can hold, so every
/// panel still finds its own.
/// </summary>
internal sealed class GuidancePublisher(BoardCatalog catalog, OrgTree org, Campaign campaign, GuidanceCache guidance, IHubContext<WarRoomHub> hub, HubGroups groups, TimeProvider clock)
{
    private readonly Dictionary<string, Dictionary<string, string>> seen = new(StringComparer.Ordinal);

    public async Task PushAsync(string boardId, string group, CancellationToken ct)
    {
        if (catalog.Find(boardId) is not { } board || org.Find(board.Scope) is not { } scope)
        {
            return;
        }

        var first = !seen.TryGetValue(boardId, out var last);
        last ??= seen[boardId] = new Dictionary<string, string>(StringComparer.Ordinal);
        var now = campaign.ToLocal(clock.GetUtcNow());
        foreach (var (unit, max, mildest) in PanelScopes(board, scope))
        {
            List<GuidanceItemDto> items = [.. guidance.ForScreens(unit).Where(i => i.Severity.ToBoard() >= mildest).Take(max).Select(guidance.Describe)];
            var json = BoardJson.Serialize(items);
            var changed = last.TryGetValue(unit.Code, out var before) ? before != json : !first;
            last[unit.Code] = json;
            if (changed)
            {
                var update = new GuidanceUpdate { Scope = unit.Code, AsOf = now, Items = items };
                await hub.Clients.Group(groups.Local(group)).SendAsync(BoardHubContract.GuidanceUpdated, update, ct);
            }
        }
    }

    public bool Knows(string boardId) => seen.ContainsKey(boardId);

    public void Forget(string boardId) => seen.Remove(boardId);

    public IEnumerable<string> Known => seen.Keys;

    private IEnumerable<(OrgUnit Unit, int Max, GuidanceSeverity Mildest)> PanelScopes(BoardDefinition board, OrgUnit scope)
    {
        var shown = new Dictionary<OrgUnit, (int Max, GuidanceSeverity Mildest)>();
        foreach (var page in board.Pages)
        {
            var panels = page.Widgets.OfType<GuidancePanelWidget>().ToList();
            if (panels.Count == 0)
            {
                continue;
            }

            var max = panels.Max(p => p.Max);
            var mildest = panels.Min(p => p.MinSeverity);
            foreach (var unit in page.Cycle is { } cycle ? org.UnitsAt(cycle.Level, scope) : [scope])
            {
                shown[unit] = shown.TryGetValue(unit, out var before)
                    ? (Math.Max(max, before.Max), before.Mildest < mildest ? before.Mildest : mildest)
                    : (max, mildest);
            }
        }

        return shown.Select(kv => (kv.Key, kv.Value.Max, kv.Value.Mildest));
    }
}
