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

    public static BoardVocabulary From(OrgTree org, KpiCatalog kpis) => new(
        org.Units.ToDictionary(u => u.Code, u => u.Level, StringComparer.Ordinal),
        kpis.All.Select(k => k.Code).ToHashSet(StringComparer.Ordinal));

    public static BoardVocabulary From(SeedData seed) => From(seed.Org, seed.Kpis);

    public bool TryGetLevel(string unitCode, out OrgLevel level) => unitLevels.TryGetValue(unitCode, out level);

    public bool IsKpi(string code) => kpiCodes.Contains(code);

    public bool IsMetric(string code) => code == RankingMetrics.Composite || IsKpi(code);
}
