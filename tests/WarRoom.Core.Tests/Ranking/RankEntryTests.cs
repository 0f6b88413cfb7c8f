using WarRoom.Core.Ranking;

namespace WarRoom.Core.Tests.Ranking;

public class RankEntryTests
{
    [Fact]
    public void Double_keys_keep_the_order_of_the_doubles_and_equal_doubles_give_equal_keys()
    {
        Assert.Equal(RankEntry.FromDouble(0.0, true), RankEntry.FromDouble(-0.0, true));
        Assert.Equal(RankEntry.FromDouble(0.0, false), RankEntry.FromDouble(-0.0, false));
        var random = new Random(7);
        double[] special = [double.NegativeInfinity, double.MinValue, -1, -double.Epsilon, 0, double.Epsilon, 1, double.MaxValue, double.PositiveInfinity];
        var values = special.Concat(Enumerable.Range(0, 2000).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-5, 12)))).ToArray();
        foreach (var a in values)
        {
            foreach (var b in values.Take(50))
            {
                Assert.Equal(a.CompareTo(b), RankEntry.FromDouble(a, true).CompareTo(RankEntry.FromDouble(b, true)));
                Assert.Equal(b.CompareTo(a), RankEntry.FromDouble(a, false).CompareTo(RankEntry.FromDouble(b, false)));
                Assert.NotEqual(RankEntry.Missing, RankEntry.FromDouble(a, false));
            }
        }
    }

    [Fact]
    public void Fixed_keys_put_the_best_first_in_either_direction()
    {
        Assert.True(RankEntry.FromFixed(10, ascending: false) < RankEntry.FromFixed(-10, ascending: false));
        Assert.True(RankEntry.FromFixed(-10, ascending: true) < RankEntry.FromFixed(10, ascending: true));
    }
}
