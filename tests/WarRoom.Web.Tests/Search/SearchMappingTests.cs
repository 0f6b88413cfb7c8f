using Mapster;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Search;

namespace WarRoom.Web.Tests.Search;

/// <summary>Search's Mapster config compiles with a source for every member (the path is set by the handler, on purpose).</summary>
public sealed class SearchMappingTests
{
    private static readonly OrgUnit Manager = new() { Code = "M00001", Name = "张伟", NameEn = "Zhang Wei", Level = OrgLevel.Manager, ParentCode = "SB0101", PeerGroup = "A" };

    [Fact]
    public void The_config_compiles_and_every_destination_member_has_a_source()
    {
        SearchMapping.Config.Compile();

        Assert.True(SearchMapping.Config.RequireDestinationMemberSource);
    }

    [Fact]
    public void A_unit_maps_to_a_hit_with_the_wire_level_and_to_a_path_step()
    {
        var hit = Manager.Adapt<SearchUnits.Hit>(SearchMapping.Config);

        Assert.Equal(("M00001", "张伟", "Zhang Wei", "manager"), (hit.Code, hit.Name, hit.NameEn, hit.Level));
        Assert.Equal(new SearchUnits.PathStep("M00001", "张伟", "Zhang Wei"), Manager.Adapt<SearchUnits.PathStep>(SearchMapping.Config));
    }
}
