using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Web.Features.Rankings;

/// <summary>The rankings answer of API.md. Figures are rounded for the wire only (value 4, ratios 6 decimals).</summary>
public sealed record RankingDto(
    DateTimeOffset AsOf, string Level, string Metric, string Basis, string Scope, string Window,
    double TimeProgress, double PaceReference, int Total, IReadOnlyList<RankingRowDto> Items)
{
    public static RankingDto From(RankingResult result)
    {
        var q = result.Query;
        return new RankingDto(
            result.AsOf, q.Level.ToWire(), q.Metric, q.Basis.ToWire(), q.Scope.Code, q.Window.ToWire(),
            Round6(result.TimeProgress), Round6(result.PaceReference), result.Total,
            [.. result.Items.Select(RankingRowDto.From)]);
    }

    internal static double Round6(double v) => Math.Round(v, 6);

    internal static double? Round(double? v, int digits) => v is { } x ? Math.Round(x, digits) : null;
}

public sealed record RankingRowDto(
    int Rank, string Unit, string Name, string? NameEn, string? Parent, string PeerGroup,
    double? Value, double? Target, double? Completion, double? Pace, double? Score, int? RankChange,
    double? ForecastCompletion)
{
    public static RankingRowDto From(RankingItem item) => new(
        item.Rank, item.Unit.Code, item.Unit.Name, item.Unit.NameEn, item.Unit.ParentCode, item.Unit.PeerGroup,
        RankingDto.Round(item.Value, 4), RankingDto.Round(item.Target, 4), RankingDto.Round(item.Completion, 6),
        RankingDto.Round(item.Pace, 6), RankingDto.Round(item.Score, 4), item.RankChange,
        RankingDto.Round(item.ForecastCompletion, 6));
}
