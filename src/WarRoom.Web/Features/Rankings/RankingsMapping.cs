using Mapster;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Web.Features.Rankings;

/// <summary>
/// Rankings' mapping from the domain's ranking items to the API's rows (Mapster, one config per area, compiled once;
/// MappingConfigTests validates every area's config). The unit goes out as its code and names; figures are rounded
/// for the wire only (values 4 decimals, ratios 6), as API.md says.
/// </summary>
public static class RankingsMapping
{
    public static readonly TypeAdapterConfig Config = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true, RequireExplicitMapping = true };
        config.NewConfig<RankingItem, RankingRowDto>()
            .Map(d => d.Unit, s => s.Unit.Code)
            .Map(d => d.Name, s => s.Unit.Name)
            .Map(d => d.NameEn, s => s.Unit.NameEn)
            .Map(d => d.Parent, s => s.Unit.ParentCode)
            .Map(d => d.PeerGroup, s => s.Unit.PeerGroup)
            .Map(d => d.Value, s => RankingDto.Round(s.Value, 4))
            .Map(d => d.Target, s => RankingDto.Round(s.Target, 4))
            .Map(d => d.Completion, s => RankingDto.Round(s.Completion, 6))
            .Map(d => d.Pace, s => RankingDto.Round(s.Pace, 6))
            .Map(d => d.Score, s => RankingDto.Round(s.Score, 4))
            .Map(d => d.ForecastCompletion, s => RankingDto.Round(s.ForecastCompletion, 6))
            .Map(d => d.LastYearCompletion, s => RankingDto.Round(s.LastYearCompletion, 6));
        config.NewConfig<RankingResult, RankingDto>()
            .Map(d => d.Level, s => s.Query.Level.ToWire())
            .Map(d => d.Metric, s => s.Query.Metric)
            .Map(d => d.Basis, s => s.Query.Basis.ToWire())
            .Map(d => d.Scope, s => s.Query.Scope.Code)
            .Map(d => d.Window, s => s.Query.Window.ToWire())
            .Map(d => d.TimeProgress, s => RankingDto.Round6(s.TimeProgress))
            .Map(d => d.PaceReference, s => RankingDto.Round6(s.PaceReference));
        config.Compile();
        return config;
    }
}
