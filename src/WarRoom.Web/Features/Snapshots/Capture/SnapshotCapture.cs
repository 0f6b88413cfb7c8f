using WarRoom.Core;
using Mapster;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Features.Guidance;

namespace WarRoom.Web.Features.Snapshots.Capture;

/// <summary>
/// Reads everything a snapshot holds from the in-memory aggregates at one instant: the scope's totals, every level
/// below it ranked on the composite and on each campaign KPI, and the guidance. Each ranking takes the aggregates'
/// read lock on its own, so events landing mid-capture could mix two states; the capture is repeated until every
/// part comes from the same aggregates version (or the attempts run out under heavy ingest, as the guidance
/// engine does), and that version is recorded.
/// </summary>
public sealed class SnapshotCapture(Ranker ranker, Campaign campaign, GuidanceCache guidance)
{
    /// <summary>Recorded in the snapshot, so a reader can tell "no guidance" from "no engine" (snapshots taken before it say "none").</summary>
    public const string GuidanceEngine = "warroom-guidance";

    private const int Attempts = 5;

    public SnapshotDto Capture(OrgUnit scope, string label, string takenBy, string trigger, DateTimeOffset now, CancellationToken ct) =>
        Capture(scope, label, takenBy, trigger, campaign.ToLocal(now), past: false, ct);

    /// <summary>The snapshot as it would have been taken at <paramref name="asOf"/>: only the events up to that instant.</summary>
    public SnapshotDto CaptureAsOf(OrgUnit scope, string label, string takenBy, string trigger, DateTimeOffset asOf, CancellationToken ct) =>
        Capture(scope, label, takenBy, trigger, campaign.ToLocal(asOf), past: true, ct);

    private SnapshotDto Capture(OrgUnit scope, string label, string takenBy, string trigger, DateTimeOffset asOf, bool past, CancellationToken ct)
    {
        var report = past ? guidance.AsOf(asOf) : guidance.At(asOf);
        IReadOnlyList<GuidanceItemDto> items = [.. report.Within(scope).Select(guidance.Describe)];
        var versions = new List<long>();
        SnapshotTotalsDto totals = null!;
        List<SnapshotLevelDto> levels = null!;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            ct.ThrowIfCancellationRequested();
            versions.Clear();
            totals = Totals(scope, asOf, past, versions);
            levels = [.. LevelsBelow(scope).Select(level => LevelCapture.Capture(ranker, campaign, scope, level, asOf, past, versions))];
            if (versions.Distinct().Count() == 1)
            {
                break;
            }
        }

        return new SnapshotDto(
            0, label, scope.Adapt<SnapshotUnitDto>(SnapshotMapping.Config), asOf, takenBy, trigger,
            campaign.Adapt<SnapshotCampaignDto>(SnapshotMapping.Config), Math.Round(campaign.TimeProgress(asOf), 6), campaign.DaysLeft(asOf), versions.Max(), RankBasis.Completion.ToWire(),
            campaign.Kpis.Adapt<SnapshotKpiDto[]>(SnapshotMapping.Config), totals, levels, new SnapshotGuidanceDto(GuidanceEngine, items));
    }

    /// <summary>The levels that have units inside the scope, top down (a sub-branch scope has only managers).</summary>
    public static IEnumerable<OrgLevel> LevelsBelow(OrgUnit scope)
    {
        for (var level = scope.Level.Below; level is not null; level = level.Below)
        {
            yield return level;
        }
    }

    private SnapshotTotalsDto Totals(OrgUnit scope, DateTimeOffset asOf, bool past, List<long> versions)
    {
        var detail = past ? ranker.DetailAsOf(scope, asOf) : ranker.Detail(scope, asOf);
        versions.Add(detail.Version);
        return new SnapshotTotalsDto(
            SnapshotMapping.Round(detail.Score, 4), detail.Kpis.Adapt<SnapshotFigureDto[]>(SnapshotMapping.Config));
    }
}
