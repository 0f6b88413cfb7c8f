using System.Globalization;

namespace WarRoom.Bench;

/// <summary>The <c>--name value</c> options every run of this bench reads (one parser instead of one per run).</summary>
internal static class BenchArgs
{
    public static int Int(string[] args, string name, int fallback) =>
        Text(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
