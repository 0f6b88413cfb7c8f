using System.Text.Json;
using WarRoom.Web.Features.Boards.Payloads;

namespace WarRoom.Web.Tests.Boards;

public sealed class TrendPointJsonTests
{
    [Fact]
    public void A_point_goes_out_as_epoch_milliseconds_and_value_and_comes_back_the_same()
    {
        var point = new TrendPoint(new DateTimeOffset(2027, 2, 22, 0, 0, 0, TimeSpan.FromHours(8)), 1234.56);

        var json = JsonSerializer.Serialize(point);

        Assert.Equal("[1803225600000,1234.56]", json);
        var back = JsonSerializer.Deserialize<TrendPoint>(json)!;
        Assert.Equal(point.Time.UtcDateTime, back.Time.UtcDateTime);
        Assert.Equal(point.Value, back.Value);
    }

    [Theory]
    [InlineData("{\"time\":\"2027-02-22T00:00:00+08:00\",\"value\":1}")]
    [InlineData("[1803225600000]")]
    [InlineData("[1803225600000,1,2]")]
    public void Anything_else_is_refused(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TrendPoint>(json));
}
