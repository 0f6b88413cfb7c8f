using System.Globalization;

namespace WarRoom.IngestBench;

/// <summary>The command line: a mode first (ingest, rebuild, ranking), then <c>--name value</c> pairs and flags.</summary>
internal sealed class BenchArgs(string[] args)
{
    public string Mode => args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "ingest";

    public long Long(string name, long fallback) =>
        Value(name) is { } v ? long.Parse(v.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public int Int(string name, int fallback) => (int)Long(name, fallback);

    public double Double(string name, double fallback) =>
        Value(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public int? OptionalInt(string name) => Value(name) is null ? null : Int(name, 0);

    public string? Value(string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public bool Flag(string name) => args.Contains(name);

    /// <summary>Every value of an option that may be given several times.</summary>
    public IEnumerable<string> All(string name) => args.Select((a, i) => (a, i)).Where(p => p.a == name && p.i + 1 < args.Length).Select(p => args[p.i + 1]);
}
