using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Snapshots.Capture;

/// <summary>
/// Where a snapshot gets its guidance (智能帮扶) from. Kept to one method so that the guidance engine
/// (<c>WarRoom.Core.Guidance</c>, built on its own branch) plugs in with a small adapter: generate the report at
/// <c>asOf</c>, keep the items within <c>scope</c>, map each to a <see cref="SnapshotGuidanceItemDto"/>.
/// </summary>
public interface ISnapshotGuidance
{
    /// <summary>Recorded in the snapshot, so a reader can tell "no guidance" from "no engine".</summary>
    string Engine { get; }

    Task<IReadOnlyList<SnapshotGuidanceItemDto>> CaptureAsync(OrgUnit scope, DateTimeOffset asOf, CancellationToken ct);
}

/// <summary>Until the guidance engine is merged: snapshots carry an empty guidance list marked engine "none".</summary>
public sealed class NoSnapshotGuidance : ISnapshotGuidance
{
    public string Engine => "none";

    public Task<IReadOnlyList<SnapshotGuidanceItemDto>> CaptureAsync(OrgUnit scope, DateTimeOffset asOf, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SnapshotGuidanceItemDto>>([]);
}
