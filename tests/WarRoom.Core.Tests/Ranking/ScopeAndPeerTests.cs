using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

public class ScopeAndPeerTests
{
    private const string Now = "2027-01-20T12:00";

    [Fact]
    public void A_scope_ranks_only_its_subtree()
    {
        using var w = Trees.Small().Build();
        w.Book("M211", "dep", "2027-01-04T09:00", 100);
        w.Book("M121", "dep", "2027-01-04T09:00", 3);
        var r = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, Now, scope: "BR1");
        Assert.Equal(["M121:1", "M111:2", "M112:2"], World.Rows(r));
        Assert.Equal(3, r.Total);
        Assert.Equal(["SB11:1"], World.Rows(w.Rank(OrgLevel.SubBranch, "dep", RankBasis.Value, Now, scope: "SB11")));
        Assert.Equal(0, w.Rank(OrgLevel.Branch, "dep", RankBasis.Value, Now, scope: "SB11").Total);
    }

    [Fact]
    public void A_peer_group_ranks_only_its_members_and_rank_change_stays_within_it()
    {
        var b = new WorldBuilder()
            .Unit("HQ", OrgLevel.Hq, null).Unit("BR1", OrgLevel.Branch, "HQ").Unit("SB1", OrgLevel.SubBranch, "BR1")
            .Unit("M1", OrgLevel.Manager, "SB1", "A").Unit("M2", OrgLevel.Manager, "SB1", "B")
            .Unit("M3", OrgLevel.Manager, "SB1", "A").Unit("M4", OrgLevel.Manager, "SB1", "A")
            .Kpi("dep", weight: 1);
        using var w = b.Build();
        w.Book("M2", "dep", "2027-01-04T09:00", 50);
        w.Book("M1", "dep", "2027-01-04T09:00", 5);
        w.Book("M3", "dep", "2027-01-20T09:00", 7);

        var a = w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, Now, peerGroup: "A");
        Assert.Equal(["M3:1", "M1:2", "M4:3"], World.Rows(a));
        Assert.Equal([1, -1, -1], a.Items.Select(i => i.RankChange)); // yesterday within A: M1 1, M3 2, M4 2
        Assert.Equal(3, a.Total);
        Assert.Equal(0, w.Rank(OrgLevel.Manager, "dep", RankBasis.Value, Now, peerGroup: "Z").Total);
    }
}
