namespace WarRoom.Core.Dimensions;

/// <summary>The dimensions seed data declares (none when it declares none) and the rules for an event's tags.</summary>
public sealed class DimensionCatalog
{
    private readonly Dimension[] dimensions;
    private readonly Dictionary<string, Dimension> byCode;
    private readonly Dictionary<string, Dimension>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public DimensionCatalog(IEnumerable<Dimension> dimensions)
    {
        this.dimensions = [.. dimensions];
        if (this.dimensions.Length > EventTags.MaxDimensions || this.dimensions.Any(d => d.Values.Count > EventTags.MaxValues))
        {
            throw new ArgumentException($"at most {EventTags.MaxDimensions} dimensions of at most {EventTags.MaxValues} values each", nameof(dimensions));
        }

        byCode = this.dimensions.ToDictionary(d => d.Code, StringComparer.Ordinal);
        bySpan = byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static DimensionCatalog Empty { get; } = new([]);

    public IReadOnlyList<Dimension> All => dimensions;

    public int Count => dimensions.Length;

    public Dimension this[int index] => dimensions[index];

    public Dimension? Find(string? code) => code is not null && byCode.TryGetValue(code, out var d) ? d : null;

    /// <summary>
    /// Adds one tag to <paramref name="tags"/>; returns null, or the reason the tag is refused (an unknown dimension,
    /// an unknown value — with the values allowed — or the same dimension twice).
    /// </summary>
    public string? AddTag(ReadOnlySpan<char> dimension, ReadOnlySpan<char> value, ref ulong tags)
    {
        if (!bySpan.TryGetValue(dimension, out var d))
        {
            return dimensions.Length == 0
                ? $"unknown dimension '{Cut(dimension)}' (no dimensions are declared)"
                : $"unknown dimension '{Cut(dimension)}' (one of: {string.Join(", ", dimensions.Select(x => x.Code))})";
        }

        if (!d.TryGet(value, out var v))
        {
            return $"unknown {d.Code} '{Cut(value)}' (one of: {string.Join(", ", d.Values.Select(x => x.Code))})";
        }

        if (EventTags.Has(tags, d.Index))
        {
            return $"tag '{d.Code}' is given twice";
        }

        tags = EventTags.With(tags, d.Index, v.Index);
        return null;
    }

    /// <summary>The tags as (dimension, value) pairs, in catalogue order.</summary>
    public IEnumerable<(Dimension Dimension, DimensionValue Value)> Read(ulong tags)
    {
        for (var i = 0; i < dimensions.Length && tags != 0; i++)
        {
            var v = EventTags.ValueOf(tags, i);
            if (v >= 0 && v < dimensions[i].Values.Count)
            {
                yield return (dimensions[i], dimensions[i].Values[v]);
            }
        }
    }

    private static string Cut(ReadOnlySpan<char> text) => text.Length <= 64 ? text.ToString() : string.Concat(text[..61], "...");
}
