using WarRoom.Core.Codes;

namespace WarRoom.Core.Org;

/// <summary>The bank's org tree with O(1) look-ups by code and subtree tests by pre-order ranges.</summary>
public sealed class OrgTree
{
    private readonly Dictionary<string, OrgUnit> byCode;
    private readonly Dictionary<string, OrgUnit>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private readonly Utf8CodeIndex<OrgUnit> byUtf8;
    private readonly OrgUnit[] preorder;

    private OrgTree(OrgUnit root, Dictionary<string, OrgUnit> byCode, OrgUnit[] preorder)
    {
        Root = root;
        this.byCode = byCode;
        bySpan = byCode.GetAlternateLookup<ReadOnlySpan<char>>();
        byUtf8 = new Utf8CodeIndex<OrgUnit>(byCode.Select(p => (p.Key, p.Value)));
        this.preorder = preorder;
        ManagerCount = preorder.Count(u => u.Level.IsLeaf);
    }

    public OrgUnit Root { get; }

    /// <summary>The tree's levels, root first: the seed's <c>org-levels.csv</c> or the regional four.</summary>
    public OrgLevels Levels => Root.Level.Catalogue;

    /// <summary>All units in pre-order: every parent comes before its children.</summary>
    public IReadOnlyList<OrgUnit> Units => preorder;

    public int Count => preorder.Length;

    public int ManagerCount { get; }

    public OrgUnit this[int index] => preorder[index];

    public bool TryGet(string code, out OrgUnit unit) => byCode.TryGetValue(code, out unit!);

    public bool TryGet(ReadOnlySpan<char> code, out OrgUnit unit) => bySpan.TryGetValue(code, out unit!);

    public bool TryGetUtf8(ReadOnlySpan<byte> code, out OrgUnit unit) => byUtf8.TryGet(code, out unit);

    public OrgUnit? Find(string? code) => code is not null && byCode.TryGetValue(code, out var u) ? u : null;

    /// <summary>Units of one level inside a scope, in pre-order (which groups them by parent).</summary>
    public IEnumerable<OrgUnit> UnitsAt(OrgLevel level, OrgUnit scope)
    {
        for (var i = scope.Index; i < scope.SubtreeEnd; i++)
        {
            if (preorder[i].Level == level)
            {
                yield return preorder[i];
            }
        }
    }

    /// <summary>The unit itself and its ancestors up to HQ, nearest first.</summary>
    public static IEnumerable<OrgUnit> SelfAndAncestors(OrgUnit unit)
    {
        for (var u = unit; u is not null; u = u.Parent)
        {
            yield return u;
        }
    }

    /// <summary>The ancestor of <paramref name="unit"/> at <paramref name="level"/>, or null above the unit.</summary>
    public static OrgUnit? AncestorAt(OrgUnit unit, OrgLevel level)
    {
        for (var u = unit; u is not null; u = u.Parent)
        {
            if (u.Level == level)
            {
                return u;
            }
        }

        return null;
    }

    /// <summary>
    /// Builds the tree from units already checked by the loader (unique codes, known parents, no cycles,
    /// exactly one HQ). Children keep the order in which they were given.
    /// </summary>
    public static OrgTree Build(IReadOnlyList<OrgUnit> units)
    {
        var byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        OrgUnit? root = null;
        foreach (var unit in units)
        {
            if (unit.ParentCode is null)
            {
                root = unit;
                continue;
            }

            var parent = byCode[unit.ParentCode];
            unit.Parent = parent;
            parent.children.Add(unit);
        }

        if (root is null)
        {
            throw new InvalidOperationException("the org tree has no root");
        }

        var order = new List<OrgUnit>(units.Count);
        var stack = new Stack<(OrgUnit Unit, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (unit, exit) = stack.Pop();
            if (exit)
            {
                unit.SubtreeEnd = order.Count;
                continue;
            }

            unit.Index = order.Count;
            order.Add(unit);
            stack.Push((unit, true));
            for (var i = unit.children.Count - 1; i >= 0; i--)
            {
                stack.Push((unit.children[i], false));
            }
        }

        return new OrgTree(root, byCode, [.. order]);
    }
}
