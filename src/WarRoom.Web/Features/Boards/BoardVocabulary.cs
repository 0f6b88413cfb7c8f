using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Seed;

namespace WarRoom.Web.Features.Boards;

/// <summary>
/// The names a board may refer to: org-unit codes with their level, and KPI codes. Kept apart from the seed-data
/// model so that boards can be validated (and tested) with any org tree and catalogue.
/// </summary>
public sealed class BoardVocabulary
{
    private readonly IReadOnlyDictionary<string, OrgLevel> unitLevels;
    private readonly IReadOnlySet<string> kpiCodes;

    public BoardVocabulary(IReadOnlyDictionary<string, OrgLevel> unitLevels, IReadOnlySet<string> kpiCodes)
    {
        this.unitLevels = unitLevels;
        this.kpiCodes = kpiCodes;
    }

    /// <summary>The KPIs a breakdown can cut (<c>sum</c>); null: every KPI (vocabularies built without a catalogue).</summary>
    public IReadOnlySet<string>? SumKpis { get; init; }

    /// <summary>The tree's levels (a ranking, grid or cycle names one); the regional four unless built from a tree.</summary>
    public OrgLevels Levels { get; init; } = OrgLevels.Regional;

    /// <summary>The dimension codes seed data declares.</summary>
    public IReadOnlySet<string> Dimensions { get; init; } = new HashSet<string>();

    public static BoardVocabulary From(OrgTree org, KpiCatalog kpis, DimensionCatalog? dimensions = null) => new(
        org.Units.ToDictionary(u => u.Code, u => u.Level, StringComparer.Ordinal),
        kpis.All.Select(k => k.Code).ToHashSet(StringComparer.Ordinal))
    {
        Levels = org.Levels,
        SumKpis = kpis.All.Where(k => k.Aggregation == KpiAggregation.Sum).Select(k => k.Code).ToHashSet(StringComparer.Ordinal),
        Dimensions = (dimensions ?? DimensionCatalog.Empty).All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal),
    };

    public static BoardVocabulary From(SeedData seed) => From(seed.Org, seed.Kpis, seed.Dimensions);

    public bool TryGetLevel(string unitCode, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out OrgLevel level) => unitLevels.TryGetValue(unitCode, out level);

    public bool IsKpi(string code) => kpiCodes.Contains(code);

    public bool IsMetric(string code) => code == RankingMetrics.Composite || IsKpi(code);
}
