namespace WarRoom.Core.Ranking;

/// <summary>
/// A unit to be ranked, ordered by (<see cref="Key"/>, <see cref="CodeRank"/>): a smaller key is better and ties are
/// ordered by unit code. Keys are longs so that value, completion and score compare the same way and ties are exact.
/// </summary>
internal readonly record struct RankEntry(long Key, int CodeRank, int Unit) : IComparable<RankEntry>
{
    /// <summary>The key of a unit with nothing to rank on (no target): after every unit that has one.</summary>
    public const long Missing = long.MaxValue;

    public int CompareTo(RankEntry other)
    {
        var c = Key.CompareTo(other.Key);
        return c != 0 ? c : CodeRank.CompareTo(other.CodeRank);
    }

    /// <summary>A fixed-point value as a key; higher-is-better values are bit-complemented so the best sorts first.</summary>
    public static long FromFixed(long value, bool ascending) => ascending ? value : ~value;

    /// <summary>
    /// A double as a key with the same order (IEEE bits, negatives flipped); −0 is folded into +0 so that equal
    /// doubles give equal keys. Never <see cref="Missing"/> for a non-NaN double.
    /// </summary>
    public static long FromDouble(double value, bool ascending)
    {
        var bits = BitConverter.DoubleToInt64Bits(value + 0.0);
        var ordered = bits >= 0 ? bits : bits ^ long.MaxValue;
        return ascending ? ordered : ~ordered;
    }
}
