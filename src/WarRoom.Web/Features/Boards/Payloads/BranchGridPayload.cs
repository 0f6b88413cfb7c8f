using WarRoom.Core;

namespace WarRoom.Web.Features.Boards.Payloads;

/// <summary>One tile of the branch grid.</summary>
public sealed record GridCell
{
    public required string Unit { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }

    /// <summary>The name as this screen shows it (see <see cref="RankingRow.Label"/>).</summary>
    public required LocalizedText Label { get; init; }

    public required int Rank { get; init; }

    /// <summary>The metric's value (score for the composite metric).</summary>
    public required double Value { get; init; }

    public double? Completion { get; init; }

    /// <summary>Completion − time progress; colours the tile (ahead green, near amber, behind red).</summary>
    public double? Pace { get; init; }
}

/// <summary>Every unit of a level in scope as a tile coloured by pace (<c>branchGrid</c>), in the org tree's order.</summary>
public sealed record BranchGridPayload : WidgetPayload
{
    public required string Level { get; init; }
    public required string Metric { get; init; }
    public required LocalizedText MetricName { get; init; }
    public required string Unit { get; init; }
    public required double TimeProgress { get; init; }
    public required IReadOnlyList<GridCell> Cells { get; init; }
}
