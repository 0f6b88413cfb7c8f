using System.Text.Json.Serialization;

namespace WarRoom.Web.Features.Boards;

// The wire names below are the words a board author writes in dashboards/*.json and what board.js reads back;
// the parser and the serializer share them so that a definition round-trips unchanged.

[JsonConverter(typeof(JsonStringEnumConverter<BoardResolution>))]
public enum BoardResolution
{
    [JsonStringEnumMemberName("1920x1080")] FullHd,
    [JsonStringEnumMemberName("3840x2160")] UltraHd,
}

[JsonConverter(typeof(JsonStringEnumConverter<BoardTheme>))]
public enum BoardTheme
{
    [JsonStringEnumMemberName("dark")] Dark,
}

/// <summary>What a ranking orders by (API.md, rankings): the raw value, value/target, or completion − time progress.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RankingBasis>))]
public enum RankingBasis
{
    [JsonStringEnumMemberName("value")] Value,
    [JsonStringEnumMemberName("completion")] Completion,
    [JsonStringEnumMemberName("pace")] Pace,
}

[JsonConverter(typeof(JsonStringEnumConverter<RankingWindow>))]
public enum RankingWindow
{
    [JsonStringEnumMemberName("campaign")] Campaign,
    [JsonStringEnumMemberName("today")] Today,
    [JsonStringEnumMemberName("week")] Week,
}

[JsonConverter(typeof(JsonStringEnumConverter<TrendInterval>))]
public enum TrendInterval
{
    [JsonStringEnumMemberName("1h")] Hour,
    [JsonStringEnumMemberName("1d")] Day,
}

/// <summary>Guidance severities, mildest first, so that "at least warn" is a comparison.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GuidanceSeverity>))]
public enum GuidanceSeverity
{
    [JsonStringEnumMemberName("info")] Info,
    [JsonStringEnumMemberName("warn")] Warn,
    [JsonStringEnumMemberName("critical")] Critical,
}

public static class GuidanceSeverities
{
    /// <summary>The engine's severity (critical first) as a board's (mildest first).</summary>
    public static GuidanceSeverity ToBoard(this WarRoom.Core.Guidance.GuidanceSeverity severity) => severity switch
    {
        WarRoom.Core.Guidance.GuidanceSeverity.Critical => GuidanceSeverity.Critical,
        WarRoom.Core.Guidance.GuidanceSeverity.Warn => GuidanceSeverity.Warn,
        _ => GuidanceSeverity.Info,
    };
}
