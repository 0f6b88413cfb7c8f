using Mapster;
using WarRoom.Core;
using WarRoom.Core.Guidance;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Features.Guidance.FollowUp;

namespace WarRoom.Web.Tests.Guidance;

/// <summary>Guidance's Mapster config compiles, names a source for every member, and maps an item as the API shows it.</summary>
public sealed class GuidanceMappingTests
{
    private static readonly OrgUnit SubBranch = new() { Code = "SB0101", Name = "朝阳支行", NameEn = "Chaoyang", Level = OrgLevel.SubBranch, ParentCode = "BR01", PeerGroup = "A" };
    private static readonly OrgUnit Manager = new() { Code = "M00001", Name = "张伟", Level = OrgLevel.Manager, ParentCode = "SB0101", PeerGroup = "A" };

    [Fact]
    public void The_config_compiles_and_every_destination_member_has_a_source()
    {
        GuidanceMapping.Config.Compile();

        Assert.True(GuidanceMapping.Config.RequireDestinationMemberSource);
        Assert.True(GuidanceMapping.Config.RequireExplicitMapping);
    }

    [Fact]
    public void An_item_maps_codes_wire_words_rounded_figures_in_order_and_its_id()
    {
        var deposits = Kpi("deposit_new");
        var figures = new GuidanceFigures().Add("gap", 12.3456789123).Add("completion", -0.00000001).Add("rank", 3);
        var item = new GuidanceItem(SubBranch, GuidanceKind.MixGap, GuidanceSeverity.Warn, deposits, "mix_gap.v1", figures,
            new LocalizedText("消息", "message"), new LocalizedText("行动", "action"), Manager, [deposits], [Kpi("card_new"), Kpi("fund_sales")]);

        var dto = GuidanceItemDto.From(item);

        Assert.Equal(("SB0101", "朝阳支行", "Chaoyang", "subbranch", "BR01"), (dto.Unit, dto.UnitName, dto.UnitNameEn, dto.Level, dto.Parent));
        Assert.Equal(("mix_gap", "warn", "deposit_new", "mix_gap.v1"), (dto.Kind, dto.Severity, dto.Kpi, dto.Template));
        Assert.Equal([("gap", 12.345679), ("completion", 0.0), ("rank", 3.0)], dto.Figures.Select(f => (f.Key, f.Value)));
        Assert.False(double.IsNegative(dto.Figures["completion"]));
        Assert.Equal((new LocalizedText("消息", "message"), new LocalizedText("行动", "action")), (dto.Message, dto.Action));
        Assert.Equal(("M00001", "张伟"), (dto.Subject, dto.SubjectName));
        Assert.Equal(["deposit_new"], dto.StrongKpis!);
        Assert.Equal(["card_new", "fund_sales"], dto.WeakKpis!);
        Assert.Equal("SB0101.mix_gap.deposit_new", dto.Id);
        Assert.Equal(FollowUpDto.Open, dto.FollowUp);
    }

    [Fact]
    public void An_item_without_kpi_subject_or_kpi_lists_leaves_them_out()
    {
        var item = new GuidanceItem(SubBranch, GuidanceKind.PaceLag, GuidanceSeverity.Critical, null, "pace_lag.v1", new GuidanceFigures(),
            new LocalizedText("消息", "message"), new LocalizedText("行动", "action"), null, [], []);

        var dto = GuidanceItemDto.From(item);

        Assert.Equal((null, null, null, null, null), (dto.Kpi, dto.Subject, dto.SubjectName, dto.StrongKpis, dto.WeakKpis));
        Assert.Equal("SB0101.pace_lag", dto.Id);
    }

    [Fact]
    public void A_pair_the_config_does_not_name_is_refused_rather_than_guessed()
    {
        Assert.ThrowsAny<Exception>(() => SubBranch.Adapt<GuidanceItemDto>(GuidanceMapping.Config));
    }

    private static Kpi Kpi(string code) => new() { Code = code, NameZh = code, NameEn = code, Unit = "万元", Aggregation = KpiAggregation.Sum };
}
