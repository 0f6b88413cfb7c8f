using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

public class TieAndTopTests
{
    private const string Now = "2027-01-20T12:00";

    // Ordinal code order is M10 < M2 < M3 < M9: the tie below must come out M10 before M2.
    private static World Build()
    {
        var w = Trees.Flat("M9", "M2", "M3", "M10").Build();
        w.Book("M9", "dep", "2027-01-04T09:00", 30);
        w.Book("M2", "dep", "2027-01-04T09:00", 20);
        w.Book("M10", "dep", "2027-01-04T09:00", 20);
        w.Book("M3", "dep", "2027-01-04T09:00", 10);
        return w;
    }

    [Fact]
    public void Ties_share_a_rank_and_the_next_rank_skips()
    {
        using var w = Build();
        var r = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, Now);
        Assert.Equal(["M9:1", "M10:2", "M2:2", "M3:4"], World.Rows(r));
        Assert.Equal(4, r.Total);
    }

    [Fact]
    public void Top_cuts_the_rows_not_the_ranks_and_total_counts_all()
    {
        using var w = Build();
        var top2 = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, Now, top: 2);
        Assert.Equal(["M9:1", "M10:2"], World.Rows(top2)); // a tie across the cut keeps code order
        Assert.Equal(4, top2.Total);
        var top0 = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, Now, top: 0);
        Assert.Empty(top0.Items);
        Assert.Equal(4, top0.Total);
        var top9 = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, Now, top: 9);
        Assert.Equal(4, top9.Items.Count);
    }

    [Fact]
    public void Equal_completions_from_different_values_tie()
    {
        using var w = Trees.Flat("M1", "M2", "M3").Target("M1", "dep", 100).Target("M2", "dep", 50).Target("M3", "dep", 10).Build();
        w.Book("M1", "dep", "2027-01-04T09:00", 50);
        w.Book("M2", "dep", "2027-01-04T09:00", 25);
        w.Book("M3", "dep", "2027-01-04T09:00", 4);
        var r = w.Rank(OrgLevel.Manager, "dep", RankBasis.Completion, Now);
        Assert.Equal(["M1:1", "M2:1", "M3:3"], World.Rows(r));
        Assert.Equal([0.5, 0.5, 0.4], r.Items.Select(i => i.Completion!.Value));
    }

    [Fact]
    public void Units_without_events_are_listed_with_zero()
    {
        using var w = Trees.Small().Build();
        w.Book("M212", "dep", "2027-01-04T09:00", 1);
        var r = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, Now);
        Assert.Equal(["M212:1", "M111:2", "M112:2", "M121:2", "M211:2"], World.Rows(r));
        Assert.All(r.Items.Skip(1), i => Assert.Equal(0, i.Value));
    }

    [Fact]
    public void Bad_queries_are_refused()
    {
        using var w = Build();
        Assert.Throws<ArgumentException>(() => w.Rank(OrgLevel.Manager, "nope", RankBasis.Value, Now));
        Assert.Throws<ArgumentException>(() => w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, Now, top: -1));
    }
}
