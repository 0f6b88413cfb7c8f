using WarRoom.Core.Org;

namespace WarRoom.SeedGeneration;

/// <summary>
/// An org unit as the generator plans it, before it is written out. <see cref="Capacity"/> is the unit's share of
/// the bank's selling power (a manager's seniority factor; a parent's is the sum of its children's) and drives how
/// targets are decomposed.
/// </summary>
internal sealed class PlannedUnit
{
    public required string Code { get; init; }
    public required string NameZh { get; init; }
    public required string NameEn { get; init; }
    public required OrgLevel Level { get; init; }
    public PlannedUnit? Parent { get; init; }
    public string PeerGroup { get; set; } = string.Empty;
    public double Capacity { get; set; }

    /// <summary>Position in file order (pre-order), set once the tree is complete.</summary>
    public int Index { get; set; }

    public List<PlannedUnit> Children { get; } = [];
}

/// <summary>The generated tree: its root, every unit in file order (pre-order, parents before children) and its levels.</summary>
internal sealed record PlannedOrg(PlannedUnit Root, IReadOnlyList<PlannedUnit> Units, OrgLevels Levels)
{
    public IEnumerable<PlannedUnit> At(OrgLevel level) => Units.Where(u => u.Level == level);
}
