using System.Collections;

namespace WarRoom.Core.Org;

/// <summary>
/// The levels of one bank's tree, root first (decision 0025). A seed names them in <c>org-levels.csv</c>; a seed
/// without that file is the regional bank of <see cref="Regional"/>. Parsing a <c>level=</c> parameter, naming a
/// level and "the level below" all go through the tree's catalogue, never through fixed codes.
/// </summary>
public sealed class OrgLevels : IReadOnlyList<OrgLevel>
{
    public const int MinDepth = 3;
    public const int MaxDepth = 6;

    private readonly OrgLevel[] levels;

    public OrgLevels(IReadOnlyList<(string Code, LocalizedText Name)> levels)
    {
        if (levels.Count is < MinDepth or > MaxDepth)
        {
            throw new ArgumentException($"an org tree has {MinDepth} to {MaxDepth} levels, not {levels.Count}", nameof(levels));
        }

        this.levels = [.. levels.Select((l, depth) => new OrgLevel(this, l.Code, l.Name, depth))];
        if (this.levels.Select(l => l.Code).Distinct(StringComparer.Ordinal).Count() != levels.Count)
        {
            throw new ArgumentException("level codes must be unique", nameof(levels));
        }
    }

    /// <summary>总行 → 分行 → 支行 → 客户经理 with the codes every regional seed and client has always used.</summary>
    public static OrgLevels Regional { get; } = new(
    [
        ("hq", new LocalizedText("总行", "Head office")),
        ("branch", new LocalizedText("分行", "Branch")),
        ("subbranch", new LocalizedText("支行", "Sub-branch")),
        ("manager", new LocalizedText("客户经理", "Manager")),
    ]);

    public int Count => levels.Length;

    public OrgLevel this[int depth] => levels[depth];

    public OrgLevel Root => levels[0];

    /// <summary>The customer managers' level.</summary>
    public OrgLevel Leaf => levels[^1];

    /// <summary>Every level but the root: the ones ranked, guided and offered as <c>level=</c> below HQ.</summary>
    public IEnumerable<OrgLevel> BelowRoot => levels[1..];

    /// <summary>The level whose units seat the managers (支行/网点): the parent of the leaf.</summary>
    public OrgLevel Outlet => levels[^2];

    /// <summary>The levels between root and leaf: the ones with a head who gets briefings and guidance about the units below.</summary>
    public IEnumerable<OrgLevel> Middle => levels[1..^1];

    public bool TryParse(string? code, out OrgLevel level)
    {
        foreach (var l in levels)
        {
            if (string.Equals(l.Code, code, StringComparison.Ordinal))
            {
                level = l;
                return true;
            }
        }

        level = null!;
        return false;
    }

    /// <summary>"hq, branch, subbranch or manager" — for messages naming what a level may be.</summary>
    public string Describe(IEnumerable<OrgLevel>? only = null)
    {
        var codes = (only ?? levels).Select(l => l.Code).ToList();
        return codes.Count == 1 ? codes[0] : $"{string.Join(", ", codes[..^1])} or {codes[^1]}";
    }

    public IEnumerator<OrgLevel> GetEnumerator() => ((IEnumerable<OrgLevel>)levels).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
