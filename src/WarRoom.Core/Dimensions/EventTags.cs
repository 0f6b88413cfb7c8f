namespace WarRoom.Core.Dimensions;

/// <summary>
/// An event's tags packed in one <see cref="ulong"/>: a byte per dimension (slot = the dimension's index), 0 for
/// no tag, else the value's index + 1. An untagged event is 0, so the common case costs nothing; the catalogue
/// keeps to 8 dimensions of at most 255 values, which the seed loader checks.
/// </summary>
public static class EventTags
{
    public const int MaxDimensions = 8;
    public const int MaxValues = 255;

    /// <summary>The value index of <paramref name="dimension"/> in <paramref name="tags"/>, or −1 when untagged.</summary>
    public static int ValueOf(ulong tags, int dimension) => (int)((tags >> (dimension * 8)) & 0xFF) - 1;

    public static bool Has(ulong tags, int dimension) => ValueOf(tags, dimension) >= 0;

    public static ulong With(ulong tags, int dimension, int value) =>
        (tags & ~(0xFFUL << (dimension * 8))) | ((ulong)(value + 1) << (dimension * 8));
}
