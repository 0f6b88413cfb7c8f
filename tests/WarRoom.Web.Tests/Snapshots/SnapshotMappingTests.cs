using Mapster;
using WarRoom.Core;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Features.Snapshots;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>Snapshots' Mapster config compiles, names a source for every member, and freezes figures rounded as on the wire.</summary>
public sealed class SnapshotMappingTests
{
    private static readonly OrgUnit Branch = new() { Code = "BR01", Name = "北京分行", NameEn = "Beijing Branch", Level = OrgLevel.Branch, ParentCode = "HQ", PeerGroup = "A" };
    private static readonly Kpi Deposits = new() { Code = "deposit_new", NameZh = "新增存款", NameEn = "New deposits", Unit = "万元", Aggregation = KpiAggregation.Sum, Decimals = 2, Direction = KpiDirection.LowerIsBetter };

    [Fact]
    public void The_config_compiles_and_every_destination_member_has_a_source()
    {
        SnapshotMapping.Config.Compile();

        Assert.True(SnapshotMapping.Config.RequireDestinationMemberSource);
        Assert.True(SnapshotMapping.Config.RequireExplicitMapping);
    }

    [Fact]
    public void Scope_campaign_and_kpis_map_as_the_snapshot_record_keeps_them()
    {
        var start = DateTimeOffset.Parse("2027-01-04T00:00:00+08:00");
        var campaign = new Campaign
        {
            Id = "2027q1", Name = "开门红", NameEn = "Q1 push", Start = start, End = start.AddDays(87), TimeZone = TimeZoneInfo.Utc,
            ProgressMode = ProgressMode.Calendar, ScoreCap = 1.2, Kpis = [new CampaignKpi(Deposits, 0.3)],
            Calendar = WorkCalendar.WeekdaysOnly, Targets = new TargetTable(1, 1),
        };

        Assert.Equal(new SnapshotUnitDto("BR01", "北京分行", "Beijing Branch", "branch"), Branch.Adapt<SnapshotUnitDto>(SnapshotMapping.Config));
        Assert.Equal(new SnapshotCampaignDto("2027q1", "开门红", "Q1 push", start, start.AddDays(87), "UTC", "calendar", 1.2), campaign.Adapt<SnapshotCampaignDto>(SnapshotMapping.Config));
        Assert.Equal(
            [new SnapshotKpiDto("deposit_new", new LocalizedText("新增存款", "New deposits"), "万元", 2, "lower", 0.3)],
            campaign.Kpis.Adapt<SnapshotKpiDto[]>(SnapshotMapping.Config));
    }

    [Fact]
    public void Rows_cells_and_totals_are_rounded_once_and_a_cell_names_its_kpi()
    {
        var item = new RankingItem(2, Branch, 1234.567891, 2000.000049, 0.61728394567, -0.0123456789, 87.654321, 1);

        var row = item.Adapt<SnapshotRowDto>(SnapshotMapping.Config);
        var cell = SnapshotMapping.Cell(item with { Value = null }, "deposit_new");
        var figure = new UnitKpiDetail(Deposits, 0.3, 99.123456, null, 0.5000004, 0.1, 1, 12, 3).Adapt<SnapshotFigureDto>(SnapshotMapping.Config);

        Assert.Equal(("BR01", "北京分行", "Beijing Branch", "HQ", "A"), (row.Unit, row.Name, row.NameEn, row.Parent, row.PeerGroup));
        Assert.Equal(new SnapshotCompositeDto(2, 1, 87.6543, 0.617284, -0.012346), row.Composite);
        Assert.Equal(new SnapshotKpiCellDto("deposit_new", 0, 2000, 0.617284, -0.012346, 2, 1), cell);
        Assert.Equal(new SnapshotFigureDto("deposit_new", 99.1235, null, 0.5, 0.1), figure);
    }

    [Fact]
    public void A_pair_the_config_does_not_name_is_refused_rather_than_guessed()
    {
        Assert.ThrowsAny<Exception>(() => Branch.Adapt<SnapshotRowDto>(SnapshotMapping.Config));
    }
}
