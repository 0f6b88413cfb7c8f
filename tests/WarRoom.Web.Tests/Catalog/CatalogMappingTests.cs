using Mapster;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Catalog;

namespace WarRoom.Web.Tests.Catalog;

/// <summary>The catalogue's Mapster config compiles, names a source for every member, and maps a unit as the API shows it.</summary>
public sealed class CatalogMappingTests
{
    [Fact]
    public void The_config_compiles_and_every_destination_member_has_a_source()
    {
        CatalogMapping.Config.Compile();

        Assert.True(CatalogMapping.Config.RequireDestinationMemberSource);
        Assert.True(CatalogMapping.Config.RequireExplicitMapping);
    }

    [Fact]
    public void A_unit_maps_with_its_level_as_the_wire_word_and_its_parent_as_a_code()
    {
        var unit = new OrgUnit { Code = "SB0101", Name = "北京朝阳支行", NameEn = "Beijing Chaoyang Sub-branch", Level = OrgLevel.SubBranch, ParentCode = "BR01", PeerGroup = "A" };

        Assert.Equal(new GetOrg.UnitDto("SB0101", "北京朝阳支行", "Beijing Chaoyang Sub-branch", "subbranch", "BR01", "A"), GetOrg.UnitDto.From(unit));
    }

    [Fact]
    public void A_pair_the_config_does_not_name_is_refused_rather_than_guessed()
    {
        var unit = new OrgUnit { Code = "HQ", Name = "总行", Level = OrgLevel.Hq, PeerGroup = "HQ" };

        Assert.ThrowsAny<Exception>(() => unit.Adapt<Features.Search.SearchUnits.PathStep>(CatalogMapping.Config));
    }
}
