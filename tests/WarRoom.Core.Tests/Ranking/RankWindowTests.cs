using WarRoom.Core.Ranking;

namespace WarRoom.Core.Tests.Ranking;

public class RankWindowTests
{
    [Theory]
    [InlineData("campaign")]
    [InlineData("today")]
    [InlineData("week")]
    [InlineData("2027-01-04..2027-01-10")]
    [InlineData("2027-01-04..2027-01-04")]
    public void Wire_names_round_trip(string text)
    {
        Assert.True(RankWindow.TryParse(text, out var window));
        Assert.Equal(text, window.ToWire());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("month")]
    [InlineData("2027-01-10..2027-01-04")]
    [InlineData("2027-01-04")]
    [InlineData("2027-1-4..2027-01-10")]
    public void Anything_else_is_refused(string? text) => Assert.False(RankWindow.TryParse(text, out _));

    [Fact]
    public void The_default_is_the_campaign_and_only_custom_has_dates()
    {
        Assert.Equal(RankWindow.CampaignToDate, default);
        Assert.Null(RankWindow.Today.From);
        Assert.Equal(new DateOnly(2027, 1, 4), RankWindow.Between(new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 5)).From);
    }
}
