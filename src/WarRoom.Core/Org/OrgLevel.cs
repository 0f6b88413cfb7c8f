namespace WarRoom.Core.Org;

/// <summary>
/// One level of a bank's org tree as its seed names it (decision 0025): a wire code, a zh/en name and its depth
/// below the root. The tree may be 3 to 6 levels deep, so code that means "the managers" asks <see cref="IsLeaf"/>
/// and code that means "head office" asks <see cref="IsRoot"/>; the named levels below are the regional seed's.
/// </summary>
public sealed class OrgLevel : IEquatable<OrgLevel>, IComparable<OrgLevel>
{
    internal OrgLevel(OrgLevels catalogue, string code, LocalizedText name, int depth)
    {
        Catalogue = catalogue;
        Code = code;
        Name = name;
        Depth = depth;
    }

    /// <summary>The regional seed's levels (its default catalogue); tests and benchmarks of that shape name them.</summary>
    public static OrgLevel Hq => OrgLevels.Regional[0];

    public static OrgLevel Branch => OrgLevels.Regional[1];

    public static OrgLevel SubBranch => OrgLevels.Regional[2];

    public static OrgLevel Manager => OrgLevels.Regional[3];

    public OrgLevels Catalogue { get; }

    /// <summary>The wire code: <c>hq</c>, <c>branch</c>, … as the seed spells it.</summary>
    public string Code { get; }

    public LocalizedText Name { get; }

    /// <summary>Levels below the root: 0 for the root, <c>Catalogue.Count - 1</c> for the leaf; the API's "order".</summary>
    public int Depth { get; }

    public bool IsRoot => Depth == 0;

    /// <summary>The last level: the customer managers, who book deals and have no children.</summary>
    public bool IsLeaf => Depth == Catalogue.Count - 1;

    /// <summary>Neither root nor leaf: a branch level whose head answers for the units below (分行, 支行, 一级分行, …).</summary>
    public bool IsMiddle => !IsRoot && !IsLeaf;

    /// <summary>The level just above, or null at the root.</summary>
    public OrgLevel? Above => IsRoot ? null : Catalogue[Depth - 1];

    /// <summary>The level just below, or null at the leaf.</summary>
    public OrgLevel? Below => IsLeaf ? null : Catalogue[Depth + 1];

    public string ToWire() => Code;

    /// <summary>"branches", "sub-branches", "managers": the English noun in lower case and plural, for "9 sub-branches".</summary>
    public string EnglishPlural()
    {
        var en = Name.In(english: true);
        var noun = en.Length > 0 ? char.ToLowerInvariant(en[0]) + en[1..] : en;
        return noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith('s') || noun.EndsWith('x') ? noun + "es"
            : noun.Length > 1 && noun[^1] == 'y' && !"aeiou".Contains(noun[^2], StringComparison.Ordinal) ? noun[..^1] + "ies"
            : noun + "s";
    }

    public bool Equals(OrgLevel? other) =>
        other is not null && Depth == other.Depth && Catalogue.Count == other.Catalogue.Count && string.Equals(Code, other.Code, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is OrgLevel other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Depth, Code);

    public int CompareTo(OrgLevel? other) => other is null ? 1 : Depth.CompareTo(other.Depth);

    public override string ToString() => Code;

    public static bool operator ==(OrgLevel? a, OrgLevel? b) => a is null ? b is null : a.Equals(b);

    public static bool operator !=(OrgLevel? a, OrgLevel? b) => !(a == b);

    public static bool operator <(OrgLevel a, OrgLevel b) => a.Depth < b.Depth;

    public static bool operator >(OrgLevel a, OrgLevel b) => a.Depth > b.Depth;

    public static bool operator <=(OrgLevel a, OrgLevel b) => a.Depth <= b.Depth;

    public static bool operator >=(OrgLevel a, OrgLevel b) => a.Depth >= b.Depth;
}
