using WarRoom.Core.Org;

namespace WarRoom.Core.Ranking;

/// <summary>
/// Which units to rank and by what: every unit of <paramref name="Level"/> inside <paramref name="Scope"/> (optionally
/// only <paramref name="PeerGroup"/>), by <paramref name="Metric"/> (a KPI code or <see cref="Composite"/>) on
/// <paramref name="Basis"/> over <paramref name="Window"/>; <paramref name="Top"/> limits the rows returned, not the
/// ranking (ranks and the total are those of the full list). <paramref name="Forecast"/> asks for each row's
/// forecast completion (it costs a read of the recent days per row, so internal readers leave it off).
/// <paramref name="Tag"/> ranks by what was booked with one dimension value (<see cref="TagFilter"/>).
/// </summary>
public sealed record RankingQuery(
    OrgLevel Level,
    string Metric,
    RankBasis Basis,
    OrgUnit Scope,
    RankWindow Window,
    int? Top = null,
    string? PeerGroup = null,
    bool Forecast = false,
    TagFilter? Tag = null)
{
    public const string Composite = "composite";

    public bool IsComposite => Metric == Composite;
}
