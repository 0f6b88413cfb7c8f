namespace WarRoom.Core.Org;

/// <summary>
/// One node of the org tree. <see cref="Index"/> is the unit's position in pre-order, so a subtree is the
/// contiguous range [Index, SubtreeEnd) and "is X under Y" is two integer comparisons.
/// </summary>
public sealed class OrgUnit
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public required OrgLevel Level { get; init; }
    public string? ParentCode { get; init; }
    public required string PeerGroup { get; init; }

    public int Index { get; internal set; }
    public int SubtreeEnd { get; internal set; }
    public OrgUnit? Parent { get; internal set; }
    public IReadOnlyList<OrgUnit> Children => children;

    internal readonly List<OrgUnit> children = [];

    /// <summary>The units of <paramref name="level"/> in this unit's subtree (itself at its own level), in tree order.</summary>
    public IEnumerable<OrgUnit> DescendantsAt(OrgLevel level)
    {
        if (Level == level)
        {
            yield return this;
        }
        else if (Level < level)
        {
            foreach (var unit in children.SelectMany(c => c.DescendantsAt(level)))
            {
                yield return unit;
            }
        }
    }

    public bool IsWithin(OrgUnit scope) => Index >= scope.Index && Index < scope.SubtreeEnd;

    public string DisplayName(bool english) => english && NameEn is { Length: > 0 } ? NameEn : Name;

    public override string ToString() => $"{Code} {Name}";
}
