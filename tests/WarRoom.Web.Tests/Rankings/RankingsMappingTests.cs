using Mapster;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Features.Rankings;

namespace WarRoom.Web.Tests.Rankings;

/// <summary>Rankings' Mapster config compiles, names a source for every member, and rounds rows only for the wire.</summary>
public sealed class RankingsMappingTests
{
    private static readonly OrgUnit Branch = new() { Code = "BR01", Name = "北京分行", NameEn = "Beijing Branch", Level = OrgLevel.Branch, ParentCode = "HQ", PeerGroup = "A" };

    [Fact]
    public void The_config_compiles_and_every_destination_member_has_a_source()
    {
        RankingsMapping.Config.Compile();

        Assert.True(RankingsMapping.Config.RequireDestinationMemberSource);
        Assert.True(RankingsMapping.Config.RequireExplicitMapping);
    }

    [Fact]
    public void A_row_carries_the_unit_by_code_and_names_and_figures_rounded_for_the_wire()
    {
        var item = new RankingItem(3, Branch, 1234.567891, 2000, 0.61728394567, -0.0123456789, 87.654321, -2, 0.9876543219) { LastYearCompletion = 0.5432109876 };

        var row = RankingRowDto.From(item);

        Assert.Equal(new RankingRowDto(3, "BR01", "北京分行", "Beijing Branch", "HQ", "A", 1234.5679, 2000, 0.617284, -0.012346, 87.6543, -2, 0.987654, 0.543211), row);
    }

    [Fact]
    public void A_result_maps_its_query_as_wire_words_and_every_item()
    {
        var hq = new OrgUnit { Code = "HQ", Name = "总行", Level = OrgLevel.Hq, PeerGroup = "HQ" };
        var query = new RankingQuery(OrgLevel.Branch, "deposit_new", RankBasis.Completion, hq, RankWindow.CampaignToDate);
        var result = new RankingResult(query, DateTimeOffset.Parse("2027-02-22T10:00:00+08:00"), 7, 0.41234567, 0.4, 1,
            [new RankingItem(1, Branch, 10, null, null, null, null, null)]);

        var dto = RankingDto.From(result);

        Assert.Equal(("branch", "deposit_new", "completion", "HQ", "campaign", 0.412346, 1), (dto.Level, dto.Metric, dto.Basis, dto.Scope, dto.Window, dto.TimeProgress, dto.Total));
        Assert.Equal(new RankingRowDto(1, "BR01", "北京分行", "Beijing Branch", "HQ", "A", 10, null, null, null, null, null, null, null), Assert.Single(dto.Items));
    }

    [Fact]
    public void A_pair_the_config_does_not_name_is_refused_rather_than_guessed()
    {
        Assert.ThrowsAny<Exception>(() => Branch.Adapt<RankingRowDto>(RankingsMapping.Config));
    }
}
