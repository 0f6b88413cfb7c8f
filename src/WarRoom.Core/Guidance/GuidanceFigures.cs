using System.Collections;

namespace WarRoom.Core.Guidance;

/// <summary>
/// The named numbers behind an item, in the order the rule added them (the API writes them in that order). Values
/// are kept exact: the text is written from them, and rounding them first would round twice (0.532486 → 0.5325 →
/// "53.3%" while the campaign reads 53.2%). Serialisers round for display (<see cref="WireDecimals"/>).
/// </summary>
public sealed class GuidanceFigures : IReadOnlyList<KeyValuePair<string, double>>
{
    /// <summary>Decimal places the API writes, as it does for the campaign's time progress.</summary>
    public const int WireDecimals = 6;

    private readonly List<KeyValuePair<string, double>> entries = [];

    public int Count => entries.Count;

    public KeyValuePair<string, double> this[int index] => entries[index];

    /// <summary>The value of a figure; throws when the rule did not add it.</summary>
    public double this[string name] => TryGet(name, out var v) ? v : throw new KeyNotFoundException($"no figure '{name}'");

    public GuidanceFigures Add(string name, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"figure '{name}' must be finite");
        }

        if (TryGet(name, out _))
        {
            throw new ArgumentException($"figure '{name}' is already set", nameof(name));
        }

        // + 0.0 folds −0 into 0.
        entries.Add(new(name, value + 0.0));
        return this;
    }

    public bool TryGet(string name, out double value)
    {
        foreach (var (key, v) in entries)
        {
            if (key == name)
            {
                value = v;
                return true;
            }
        }

        value = 0;
        return false;
    }

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
