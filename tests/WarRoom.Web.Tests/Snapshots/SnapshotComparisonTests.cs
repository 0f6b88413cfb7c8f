using WarRoom.Core;
using WarRoom.Web.Features.Catalog;
using WarRoom.Web.Features.Snapshots;
using WarRoom.Web.Features.Snapshots.Compare;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>Week-over-week deltas on a hand-built pair of snapshots whose answers are worked out by hand.</summary>
public sealed class SnapshotComparisonTests
{
    private static readonly SnapshotKpiDto[] Kpis =
    [
        new("deposit_new", new LocalizedText("新增存款", "New deposits"), "万元", 2, "higher", 0.6),
        new("complaints", new LocalizedText("投诉", "Complaints"), "笔", 0, "lower", 0.4),
    ];

    [Fact]
    public void Value_and_rank_deltas_climbers_fallers_and_crossed_targets()
    {
        var week7 = Snapshot(1, 95.5, [
            Row("A", 1, 80, (100, 0.5, 1), (5, 1.2, 2)),
            Row("B", 2, 70, (90, 0.95, 2), (3, 0.9, 1)),
            Row("C", 3, 60, (50, 0.25, 3), (9, 1.5, 3)),
            Row("D", 4, 50, (20, 0.1, 4), (5, 1.25, 4)),
        ]);
        var week8 = Snapshot(2, 101.25, [
            Row("C", 1, 90, (250, 1.25, 1), (4, 0.8, 2)),
            Row("B", 2, 75, (190, 1.05, 2), (3, 0.9, 1)),
            Row("A", 3, 79, (120, 0.6, 3), (7, 1.4, 4)),
            Row("D", 4, 51, (30, 0.15, 4), (2, 1.0, 3)),
        ]);

        var c = SnapshotComparison.Compare(week7, week8, top: 10);

        Assert.Equal((1L, 2L), (c.From.Id, c.To.Id));
        Assert.Equal(5.75, c.ScoreDelta);
        var deposits = c.Totals.Single(t => t.Kpi == "deposit_new");
        Assert.Equal((1000.0, 1500.0, 500.0), (deposits.ValueFrom, deposits.ValueTo, deposits.ValueDelta));
        var level = Assert.Single(c.Levels);
        Assert.Equal(["C", "B", "A", "D"], level.Units.Select(u => u.Unit));
        var unitC = level.Units[0];
        Assert.Equal((3, 1, 2, 30.0), (unitC.RankFrom, unitC.RankTo, unitC.RankDelta, unitC.ScoreDelta!.Value));
        var cDeposits = unitC.Kpis.Single(k => k.Kpi == "deposit_new");
        Assert.Equal((200.0, 3, 1, 2), (cDeposits.ValueDelta, cDeposits.RankFrom, cDeposits.RankTo, cDeposits.RankDelta));
        Assert.Equal(["C"], level.Climbers.Select(u => u.Unit));
        Assert.Equal(["A"], level.Fallers.Select(u => u.Unit));
        Assert.Equal(-2, level.Fallers[0].RankDelta);

        // Higher is better: C and B reach 100 %. Lower is better: C falls to 80 % of its limit, D reaches exactly 100 %.
        Assert.Equal(
            ["C deposit_new", "C complaints", "B deposit_new", "D complaints"],
            level.CrossedTarget.Select(x => $"{x.Unit} {x.Kpi}"));
    }

    [Fact]
    public void Climbers_and_fallers_are_cut_to_the_top_n_biggest_moves()
    {
        var before = Snapshot(1, 50, [.. Enumerable.Range(1, 6).Select(i => Row($"U{i}", i, 100 - i, (i, 0.1, i), (1, 1, 1)))]);
        var after = Snapshot(2, 50, [.. Enumerable.Range(1, 6).Select(i => Row($"U{i}", 7 - i, 100 + i, (i, 0.1, 7 - i), (1, 1, 1)))]);

        var level = SnapshotComparison.Compare(before, after, top: 2).Levels[0];

        Assert.Equal([("U6", 5), ("U5", 3)], level.Climbers.Select(u => (u.Unit, u.RankDelta)));
        Assert.Equal([("U1", -5), ("U2", -3)], level.Fallers.Select(u => (u.Unit, u.RankDelta)));
        Assert.Empty(level.CrossedTarget);
    }

    private static SnapshotDto Snapshot(long id, double score, SnapshotRowDto[] rows) => new(
        id, $"W{id}", new SnapshotUnitDto("BR01", "北京分行", "Beijing Branch", "branch"), new DateTimeOffset(2027, 2, 15, 8, 30, 0, TimeSpan.FromHours(8)).AddDays(7 * id),
        "leader", SnapshotDto.Manual,
        new SnapshotCampaignDto("c", "2027 开门红", null, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, "Asia/Shanghai", "calendar", 1.5),
        0.5, 30, id, "completion", Kpis,
        new SnapshotTotalsDto(score, [new("deposit_new", id == 1 ? 1000 : 1500, 2000, 0.5, 0), new("complaints", 10, 20, 0.5, 0)]),
        [new SnapshotLevelDto("subbranch", rows.Length, rows)],
        new SnapshotGuidanceDto("none", []));

    private static SnapshotRowDto Row(string unit, int rank, double score, (double Value, double Completion, int Rank) deposits, (double Value, double Completion, int Rank) complaints) =>
        new(unit, unit, null, "BR01", "A", new SnapshotCompositeDto(rank, null, score, score / 100, 0),
        [
            new("deposit_new", deposits.Value, deposits.Value / deposits.Completion, deposits.Completion, 0, deposits.Rank, null),
            new("complaints", complaints.Value, complaints.Value / complaints.Completion, complaints.Completion, 0, complaints.Rank, null),
        ]);
}
