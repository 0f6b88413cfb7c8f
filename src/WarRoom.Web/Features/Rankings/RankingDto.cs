using Mapster;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Web.Features.Rankings;

/// <summary>The rankings answer of API.md. Figures are rounded for the wire only (value 4, ratios 6 decimals).</summary>
public sealed record RankingDto(
    DateTimeOffset AsOf, string Level, string Metric, string Basis, string Scope, string Window,
    double TimeProgress, double PaceReference, int Total, IReadOnlyList<RankingRowDto> Items)
{
    public static RankingDto From(RankingResult result) => result.Adapt<RankingDto>(RankingsMapping.Config);

    public static double Round6(double v) => Math.Round(v, 6);

    public static double? Round(double? v, int digits) => v is { } x ? Math.Round(x, digits) : null;
}

public sealed record RankingRowDto(
    int Rank, string Unit, string Name, string? NameEn, string? Parent, string PeerGroup,
    double? Value, double? Target, double? Completion, double? Pace, double? Score, int? RankChange,
    double? ForecastCompletion, double? LastYearCompletion)
{
    public static RankingRowDto From(RankingItem item) => item.Adapt<RankingRowDto>(RankingsMapping.Config);
}
