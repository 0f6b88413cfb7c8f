namespace WarRoom.Core.Dimensions;

/// <summary>One value of a dimension (渠道 → 手机银行). <see cref="Index"/> is its position in the dimension.</summary>
public sealed record DimensionValue(string Code, LocalizedText Name, int Index);

/// <summary>
/// A way to cut a KPI's figures (渠道, 产品, 客群), declared in seed data with its values. <see cref="Index"/> is its
/// position in the catalogue and its slot in <see cref="EventTags"/>.
/// </summary>
public sealed class Dimension
{
    private readonly Dictionary<string, DimensionValue> byCode;
    private readonly Dictionary<string, DimensionValue>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public Dimension(string code, LocalizedText name, int index, IEnumerable<(string Code, LocalizedText Name)> values)
    {
        Code = code;
        Name = name;
        Index = index;
        Values = [.. values.Select((v, i) => new DimensionValue(v.Code, v.Name, i))];
        byCode = Values.ToDictionary(v => v.Code, StringComparer.Ordinal);
        bySpan = byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Code { get; }
    public LocalizedText Name { get; }
    public int Index { get; }
    public IReadOnlyList<DimensionValue> Values { get; }

    public bool TryGet(ReadOnlySpan<char> code, out DimensionValue value) => bySpan.TryGetValue(code, out value!);

    public override string ToString() => Code;
}
