using WarRoom.Core;

namespace WarRoom.Web.Features.Boards.Payloads;

/// <summary>One ranked unit; the fields of API.md's ranking item plus the English name.</summary>
public sealed record RankingRow
{
    /// <summary>Ties share a rank (1, 2, 2, 4).</summary>
    public required int Rank { get; init; }
    public required string Unit { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }

    /// <summary>The name as this screen shows it (the branch's city dropped where the screen names the branch).</summary>
    public required LocalizedText Label { get; init; }

    /// <summary>Where a manager sits (their sub-branch), shown beside the name; null for other levels.</summary>
    public LocalizedText? Context { get; init; }

    /// <summary>The KPI value in the KPI's unit; for the composite metric, the score.</summary>
    public required double Value { get; init; }

    public double? Target { get; init; }
    public double? Completion { get; init; }
    public double? Pace { get; init; }

    /// <summary>Composite score (0..100·cap) for the composite metric, else null.</summary>
    public double? Score { get; init; }

    /// <summary>Places moved since the previous day's close: &gt; 0 up, &lt; 0 down, 0 unchanged.</summary>
    public required int RankChange { get; init; }
}

/// <summary>The ranking settings echoed back with their display names, and the rows in rank order.</summary>
public abstract record RankingPayload : WidgetPayload
{
    /// <summary>Ranked level: "branch", "subbranch" or "manager".</summary>
    public required string Level { get; init; }

    /// <summary>KPI code or "composite".</summary>
    public required string Metric { get; init; }

    public required LocalizedText MetricName { get; init; }

    /// <summary>"value", "completion" or "pace": which figure orders the rows and is shown largest.</summary>
    public required string Basis { get; init; }

    /// <summary>Display unit of <see cref="RankingRow.Value"/> (万元…; "分" for the composite score).</summary>
    public required string Unit { get; init; }

    public required double TimeProgress { get; init; }
    public required IReadOnlyList<RankingRow> Rows { get; init; }
}

/// <summary>Ranking table with rank arrows (<c>leaderboard</c>).</summary>
public sealed record LeaderboardPayload : RankingPayload;

/// <summary>Animated bar race of a ranking (<c>barRace</c>).</summary>
public sealed record BarRacePayload : RankingPayload;
