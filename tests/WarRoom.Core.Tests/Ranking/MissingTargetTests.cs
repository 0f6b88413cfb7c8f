using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

public class MissingTargetTests
{
    private const string Now = "2027-01-31T00:00"; // calendar time progress 30 / 90

    private static World Build()
    {
        var w = Trees.Flat("M1", "M2", "M3", "M4")
            .Target("M1", "dep", 100).Target("M3", "dep", 10).Target("M4", "dep", 0) // a zero target is no target
            .Build();
        w.Book("M1", "dep", "2027-01-04T09:00", 10);
        w.Book("M2", "dep", "2027-01-04T09:00", 1000);
        w.Book("M3", "dep", "2027-01-04T09:00", 5);
        return w;
    }

    [Theory]
    [InlineData(RankBasis.Completion)]
    [InlineData(RankBasis.Pace)]
    public void By_completion_or_pace_units_without_a_target_come_last_sharing_the_next_rank(RankBasis basis)
    {
        using var w = Build();
        var r = w.Rank(OrgLevel.Manager, "dep", basis, Now);
        Assert.Equal(["M3:1", "M1:2", "M2:3", "M4:3"], World.Rows(r));
        var m2 = r.Items[2];
        Assert.Equal((1000.0, (double?)null, (double?)null, (double?)null), (m2.Value!.Value, m2.Target, m2.Completion, m2.Pace));
        Assert.Equal(0.5 - (30.0 / 90), r.Items[0].Pace!.Value, 12);
        Assert.Equal(30.0 / 90, r.TimeProgress, 12);
    }

    [Fact]
    public void By_value_a_missing_target_does_not_matter()
    {
        using var w = Build();
        var r = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, Now);
        Assert.Equal(["M2:1", "M1:2", "M3:3", "M4:4"], World.Rows(r));
        Assert.Equal(0.1, r.Items[1].Completion);
    }

    [Fact]
    public void Lower_is_better_ranks_ascending_on_value_and_completion()
    {
        using var w = Trees.Flat("M1", "M2", "M3", "M4")
            .Kpi("loss", direction: KpiDirection.LowerIsBetter)
            .Target("M1", "loss", 10).Target("M2", "loss", 2).Target("M4", "loss", 10)
            .Build();
        w.Book("M1", "loss", "2027-01-04T09:00", 5);
        w.Book("M2", "loss", "2027-01-04T09:00", 3);
        w.Book("M3", "loss", "2027-01-04T09:00", 3);
        w.Book("M4", "loss", "2027-01-04T09:00", 9);

        Assert.Equal(["M2:1", "M3:1", "M1:3", "M4:4"], World.Rows(w.Rank(OrgLevel.Manager, "loss", RankBasis.Value, Now)));
        Assert.Equal(["M1:1", "M4:2", "M2:3", "M3:4"], World.Rows(w.Rank(OrgLevel.Manager, "loss", RankBasis.Completion, Now)));
    }
}
