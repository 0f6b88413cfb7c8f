using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Live.Boards;

namespace WarRoom.Web.Features.DrillDown;

/// <summary>
/// The guidance shown on a unit's drill-down page. The guidance engine (<c>Features.Guidance.GetGuidance</c>) is
/// being built beside this page; until it is wired in, <see cref="NoUnitGuidance"/> stands in and the page says the
/// guidance is not connected rather than pretending a unit has nothing to improve.
/// </summary>
public interface IUnitGuidance
{
    /// <summary>The items for <paramref name="unit"/> and below that <paramref name="viewer"/> may see; null when no guidance source is connected.</summary>
    Task<IReadOnlyList<UnitGuidanceItem>?> ForUnitAsync(Viewer viewer, OrgUnit unit, CancellationToken ct);
}

/// <summary>One guidance item as API.md's <c>GET /api/v1/guidance</c> describes it.</summary>
public sealed record UnitGuidanceItem(string Unit, string Kind, string Severity, string? Kpi, LocalizedText Message, LocalizedText Action);

public sealed class NoUnitGuidance : IUnitGuidance
{
    public Task<IReadOnlyList<UnitGuidanceItem>?> ForUnitAsync(Viewer viewer, OrgUnit unit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<UnitGuidanceItem>?>(null);
}
