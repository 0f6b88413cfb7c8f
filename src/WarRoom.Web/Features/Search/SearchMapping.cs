using Mapster;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Search;

/// <summary>
/// Search's mapping from org units to hits and path steps (Mapster, one config per area, compiled once). A hit's path
/// depends on the viewer's scope, so the handler sets it after mapping.
/// </summary>
public static class SearchMapping
{
    public static readonly TypeAdapterConfig Config = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true, RequireExplicitMapping = true };
        config.NewConfig<OrgUnit, SearchUnits.PathStep>();
        config.NewConfig<OrgUnit, SearchUnits.Hit>()
            .Map(d => d.Level, s => s.Level.ToWire())
            .Ignore(d => d.Path);
        config.Compile();
        return config;
    }
}
