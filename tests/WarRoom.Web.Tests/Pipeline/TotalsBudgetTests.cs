using WarRoom.Core.Aggregates;
using WarRoom.Core.Events;
using WarRoom.Core.Ranking;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Tests.Storage;

namespace WarRoom.Web.Tests.Pipeline;

/// <summary>No sequence the budget lets through can wrap a total, and what it refuses is given back on a failed write.</summary>
public sealed class TotalsBudgetTests
{
    [Fact]
    public void Every_event_the_budget_takes_leaves_every_total_exact_and_positive()
    {
        var seed = TestSeed.Create();
        var budget = new TotalsBudget(seed.Kpis);
        using var aggregates = new KpiAggregates(seed.Org, seed.Kpis, seed.Campaign);
        var kpi = seed.Kpis.Find("deposit_new")!;
        var m001 = seed.Org.Find("M001")!;
        var time = TestSeed.Local("2027-02-01 10:00:00").ToUnixTimeMilliseconds();

        // The largest values the aggregates represent, all on one manager: the unguarded total wrapped after 92,233.
        var taken = 0L;
        while (budget.TryTake(kpi.Index, FixedPoint.MaxAbsValue))
        {
            taken++;
            aggregates.Apply(new EventRecord(taken, "e" + taken, time, m001.Index, kpi.Index, FixedPoint.MaxAbsValue));
        }

        Assert.Equal(long.MaxValue / (long)(FixedPoint.MaxAbsValue * FixedPoint.Scale), taken);
        var now = TestSeed.Local("2027-03-31 12:00:00");
        Assert.Equal(taken * FixedPoint.MaxAbsValue, aggregates.Value(m001, kpi, RankWindow.CampaignToDate, now));
        Assert.Equal(taken * FixedPoint.MaxAbsValue, aggregates.Value(seed.Org.Root, kpi, RankWindow.CampaignToDate, now));
        Assert.False(budget.TryTake(kpi.Index, -FixedPoint.MaxAbsValue), "a reversal's magnitude counts as well");
    }

    [Fact]
    public void A_released_event_makes_room_again_and_other_kpis_have_their_own_budget()
    {
        var seed = TestSeed.Create();
        var budget = new TotalsBudget(seed.Kpis);
        var deposits = seed.Kpis.Find("deposit_new")!.Index;
        var mau = seed.Kpis.Find("mau")!.Index;
        while (budget.TryTake(deposits, FixedPoint.MaxAbsValue))
        {
        }

        Assert.True(budget.TryTake(mau, FixedPoint.MaxAbsValue));
        budget.Release(deposits, FixedPoint.MaxAbsValue);
        Assert.True(budget.TryTake(deposits, -FixedPoint.MaxAbsValue));
        Assert.False(budget.TryTake(deposits, FixedPoint.MaxAbsValue));
    }
}
