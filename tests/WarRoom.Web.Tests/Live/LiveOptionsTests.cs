using WarRoom.Web.Live;

namespace WarRoom.Web.Tests.Live;

/// <summary>The push window: every interval for a room of screens, wider for a board with thousands of them.</summary>
public sealed class LiveOptionsTests
{
    [Theory]
    [InlineData(1, 250)]
    [InlineData(1250, 250)]
    [InlineData(2000, 400)]
    [InlineData(5000, 1000)]
    [InlineData(20000, 4000)]
    public void A_group_is_pushed_at_most_every_interval_and_at_most_the_screen_update_budget_a_second(int members, int windowMs)
    {
        var options = new LiveOptions();

        Assert.Equal(TimeSpan.FromMilliseconds(windowMs), options.WindowFor(members));
    }

    [Fact]
    public void A_longer_interval_stays_the_floor()
    {
        var options = new LiveOptions { PushInterval = TimeSpan.FromSeconds(2), ScreenUpdatesPerSecond = 100 };

        Assert.Equal(TimeSpan.FromSeconds(2), options.WindowFor(10));
        Assert.Equal(TimeSpan.FromSeconds(5), options.WindowFor(500));
    }
}
