using WarRoom.Core.Guidance;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Catalog;
using WarRoom.Web.Features.Snapshots;
using WarRoom.Web.Features.Snapshots.Capture;

namespace WarRoom.Web.Features.Guidance;

/// <summary>A snapshot's guidance: every item of the engine's report at the snapshot's instant inside its scope.</summary>
public sealed class EngineSnapshotGuidance(GuidanceCache cache) : ISnapshotGuidance
{
    public string Engine => "warroom-guidance";

    public Task<IReadOnlyList<SnapshotGuidanceItemDto>> CaptureAsync(OrgUnit scope, DateTimeOffset asOf, CancellationToken ct)
    {
        IReadOnlyList<SnapshotGuidanceItemDto> items = [.. cache.At(asOf).Within(scope).Select(ToSnapshotItem)];
        return Task.FromResult(items);
    }

    private static SnapshotGuidanceItemDto ToSnapshotItem(GuidanceItem item) => new(
        item.Unit.Code, item.Unit.Name, item.Kind.ToWire(), item.Severity.ToWire(), item.Kpi?.Code,
        item.Figures.ToDictionary(f => f.Key, f => Math.Round(f.Value, 6), StringComparer.Ordinal),
        new GetKpis.LocalizedText(item.Message.Zh, item.Message.En),
        new GetKpis.LocalizedText(item.Action.Zh, item.Action.En));
}
