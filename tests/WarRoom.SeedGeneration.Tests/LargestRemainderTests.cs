using CsCheck;
using WarRoom.SeedGeneration;

namespace WarRoom.SeedGeneration.Tests;

public sealed class LargestRemainderTests
{
    [Fact]
    public void LeftoverUnitsGoToTheLargestRemainders()
    {
        // Quotas 3.33…, 4.44…, 2.22…: floors 3, 4, 2 leave 1 unit, which goes to the largest remainder (.44…).
        Assert.Equal([3L, 5, 2], LargestRemainder.Split(10, [3.0, 4.0, 2.0]));
    }

    [Fact]
    public void TiesGoToTheEarlierShare()
    {
        Assert.Equal([4L, 3, 3], LargestRemainder.Split(10, [1.0, 1.0, 1.0]));
        Assert.Equal([1L, 1, 0], LargestRemainder.Split(2, [1.0, 1.0, 1.0]));
    }

    [Fact]
    public void EveryShareGetsTheMinimumFirst()
    {
        Assert.Equal([1L, 1, 8], LargestRemainder.Split(10, [0.0, 0.001, 1.0], minimumEach: 1));
    }

    [Fact]
    public void ZeroTotalSplitsIntoZeros()
    {
        Assert.Equal([0L, 0], LargestRemainder.Split(0, [1.0, 2.0]));
    }

    [Theory]
    [InlineData(10, 4, 3)]
    [InlineData(-1, 1, 0)]
    public void RejectsWhatCannotBeSplit(long total, int count, long minimumEach)
    {
        Assert.Throws<ArgumentException>(() => LargestRemainder.Split(total, [.. Enumerable.Repeat(1.0, count)], minimumEach));
    }

    [Fact]
    public void RejectsAllZeroOrNegativeWeights()
    {
        Assert.Throws<ArgumentException>(() => LargestRemainder.Split(10, [0.0, 0.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LargestRemainder.Split(10, [1.0, -1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LargestRemainder.Split(10, [1.0, double.NaN]));
    }

    [Fact]
    public void SharesAddUpExactlyAndStayWithinOneUnitOfTheirQuota()
    {
        var cases = Gen.Select(Gen.Long[0, 10_000_000_000L], Gen.Double[0.01, 1000].Array[1, 60]);

        cases.Sample((total, weights) =>
        {
            var shares = LargestRemainder.Split(total, weights);
            var scaled = weights.Select(w => Math.Round(w * LargestRemainder.WeightScale)).ToArray();
            var sum = scaled.Sum();
            return shares.Sum() == total
                && shares.Select((s, i) => Math.Abs(s - (total * scaled[i] / sum))).All(d => d < 1.0001);
        });
    }
}
