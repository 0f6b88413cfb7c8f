using Mapster;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Catalog;

/// <summary>
/// The catalogue's mapping from the domain's org units to the API's unit (Mapster, one config per area, compiled
/// once; MappingConfigTests validates every area's config). Names and codes map by name; the level goes out as its
/// wire word and the parent as its code.
/// </summary>
public static class CatalogMapping
{
    public static readonly TypeAdapterConfig Config = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true, RequireExplicitMapping = true };
        config.NewConfig<OrgUnit, GetOrg.UnitDto>()
            .Map(d => d.Level, s => s.Level.ToWire())
            .Map(d => d.Parent, s => s.ParentCode);
        config.Compile();
        return config;
    }
}
