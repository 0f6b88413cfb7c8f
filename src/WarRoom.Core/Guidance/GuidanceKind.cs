namespace WarRoom.Core.Guidance;

/// <summary>What a guidance item is about. The declaration order is the order of kinds inside one unit and severity.</summary>
public enum GuidanceKind
{
    /// <summary>Completion behind time progress (落后时间进度).</summary>
    PaceLag,

    /// <summary>Fell places among its siblings on the composite since the previous day's close.</summary>
    RankDrop,

    /// <summary>No events for several working days (帮扶名单).</summary>
    Inactive,

    /// <summary>Strong on some KPIs, far behind on others (结构失衡).</summary>
    MixGap,

    /// <summary>One manager carries most of a unit's result for a KPI.</summary>
    Concentration,

    /// <summary>Passed 100 % of a target recently (喜报).</summary>
    Breakthrough,

    /// <summary>First in its peer group on the composite (标兵).</summary>
    TopPerformer,
}

public static class GuidanceKindNames
{
    public static IReadOnlyList<GuidanceKind> All { get; } = Enum.GetValues<GuidanceKind>();

    public static string ToWire(this GuidanceKind kind) => kind switch
    {
        GuidanceKind.PaceLag => "pace_lag",
        GuidanceKind.RankDrop => "rank_drop",
        GuidanceKind.Inactive => "inactive",
        GuidanceKind.MixGap => "mix_gap",
        GuidanceKind.Concentration => "concentration",
        GuidanceKind.Breakthrough => "breakthrough",
        GuidanceKind.TopPerformer => "top_performer",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string? text, out GuidanceKind kind)
    {
        foreach (var k in All)
        {
            if (k.ToWire() == text)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
