namespace WarRoom.Core.Guidance;

/// <summary>How urgent an item is; the declaration order is the output order (critical first).</summary>
public enum GuidanceSeverity
{
    Critical,
    Warn,
    Info,
}

public static class GuidanceSeverityNames
{
    public static IReadOnlyList<GuidanceSeverity> All { get; } = Enum.GetValues<GuidanceSeverity>();

    public static string ToWire(this GuidanceSeverity severity) => severity switch
    {
        GuidanceSeverity.Critical => "critical",
        GuidanceSeverity.Warn => "warn",
        GuidanceSeverity.Info => "info",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    public static bool TryParse(string? text, out GuidanceSeverity severity)
    {
        switch (text)
        {
            case "critical": severity = GuidanceSeverity.Critical; return true;
            case "warn": severity = GuidanceSeverity.Warn; return true;
            case "info": severity = GuidanceSeverity.Info; return true;
            default: severity = default; return false;
        }
    }
}
