using WarRoom.Core.Aggregates;

namespace WarRoom.Core.Tests.Aggregates;

public class FixedPointTests
{
    [Theory]
    [InlineData(0.00005, 1)]
    [InlineData(-0.00005, -1)]
    [InlineData(0.00004999, 0)]
    [InlineData(2.00005, 20001)] // stored as 2.0000499999…: must still round up like the decimal the source sent
    [InlineData(-2.00005, -20001)]
    [InlineData(1.23455, 12346)]
    [InlineData(0.1, 1000)]
    [InlineData(123456.78905, 1234567891)]
    [InlineData(1e10, 100_000_000_000_000)]
    public void Rounds_half_away_from_zero_at_four_decimals(double value, long expected) =>
        Assert.Equal(expected, FixedPoint.FromDouble(value));

    [Fact]
    public void Agrees_with_decimal_rounding_of_the_sent_number()
    {
        var random = new Random(20270101);
        for (var i = 0; i < 200_000; i++)
        {
            // Five decimals make every tenth value an exact .5 case at the fourth; magnitudes up to 1e9.
            var digits = random.NextInt64(-100_000_000_000_000, 100_000_000_000_000);
            var scale = random.Next(0, 9);
            var value = (double)(digits / (decimal)Math.Pow(10, scale + 5));
            var expected = (long)Math.Round((decimal)value * 10_000m, MidpointRounding.AwayFromZero);
            Assert.Equal(expected, FixedPoint.FromDouble(value));
        }
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1.0000001e10)]
    public void Refuses_what_it_cannot_hold(double value)
    {
        Assert.False(FixedPoint.IsRepresentable(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => FixedPoint.FromDouble(value));
    }

    [Fact]
    public void Converts_back_to_the_four_decimal_value() => Assert.Equal(-1234.5678, FixedPoint.ToDouble(-12_345_678));
}
