using System.Globalization;
using System.Text;
using WarRoom.Web.Storage.Influx;

namespace WarRoom.Web.Tests.Storage;

public sealed class FieldValueTests
{
    private static string Write(double value)
    {
        Span<byte> buffer = stackalloc byte[32];
        return Encoding.ASCII.GetString(buffer[..FieldValue.Write(value, buffer)]);
    }

    [Theory]
    [InlineData(12.5, "12.5")]
    [InlineData(0.01, "0.01")]
    [InlineData(-0.05, "-0.05")]
    [InlineData(100, "100")]
    [InlineData(1234567.89, "1234567.89")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(-0.0, "-0")]
    [InlineData(1e300, "1E+300")]
    [InlineData(1.005, "1.005")]
    public void Values_are_written_as_the_shortest_text_that_reads_back_exactly(double value, string expected) =>
        Assert.Equal(expected, Write(value));

    [Fact]
    public void Every_value_reads_the_same_as_the_general_round_trip_format()
    {
        var random = new Random(7);
        for (var i = 0; i < 200_000; i++)
        {
            var value = (i % 4) switch
            {
                0 => Math.Round(random.NextDouble() * 1e6, 2),
                1 => -Math.Round(random.NextDouble() * 1e9, 2),
                2 => random.NextDouble() * Math.Pow(10, random.Next(-6, 14)),
                _ => Math.Round(random.NextDouble() * 1e12, random.Next(0, 4)),
            };
            Assert.Equal(value.ToString("R", CultureInfo.InvariantCulture), Write(value));
        }
    }
}
