using WarRoom.Core.Guidance;
using WarRoom.Core.Org;
using WarRoom.Web.Features.DrillDown;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Guidance;

/// <summary>
/// The drill-down page's guidance section, from the guidance engine: the items about the unit and its subtree, in
/// the engine's order (most severe first), the first <see cref="MaxItems"/> of them — a page is read, not scrolled.
/// </summary>
public sealed class EngineUnitGuidance(GuidanceCache cache) : IUnitGuidance
{
    public const int MaxItems = 50;

    public Task<IReadOnlyList<UnitGuidanceItem>?> ForUnitAsync(Viewer viewer, OrgUnit unit, CancellationToken ct)
    {
        IReadOnlyList<UnitGuidanceItem> items = [.. cache.Current().Within(unit)
            .Where(i => viewer.Sees(i.Unit))
            .Take(MaxItems)
            .Select(i => new UnitGuidanceItem(
                i.Unit.Code, i.Kind.ToWire(), i.Severity.ToWire(), i.Kpi?.Code,
                new Live.Boards.LocalizedText(i.Message.Zh, i.Message.En), new Live.Boards.LocalizedText(i.Action.Zh, i.Action.En)))];
        return Task.FromResult<IReadOnlyList<UnitGuidanceItem>?>(items);
    }
}
