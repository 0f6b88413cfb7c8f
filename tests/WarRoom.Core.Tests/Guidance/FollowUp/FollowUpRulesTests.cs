using WarRoom.Core.Guidance;
using WarRoom.Core.Guidance.FollowUp;

namespace WarRoom.Core.Tests.Guidance.FollowUp;

public sealed class FollowUpRulesTests
{
    [Theory]
    [InlineData(FollowUpStatus.Open, FollowUpStatus.Acknowledged, null)]
    [InlineData(FollowUpStatus.Open, FollowUpStatus.Done, null)]
    [InlineData(FollowUpStatus.Acknowledged, FollowUpStatus.InProgress, null)]
    [InlineData(FollowUpStatus.Done, FollowUpStatus.Open, "moving an item back")]
    [InlineData(FollowUpStatus.InProgress, FollowUpStatus.Dismissed, "needs a note")]
    [InlineData(FollowUpStatus.Dismissed, FollowUpStatus.Acknowledged, "dismissed item again")]
    [InlineData(FollowUpStatus.Done, FollowUpStatus.Done, "already done")]
    public void Forward_is_free_and_back_or_dismissed_needs_a_note(FollowUpStatus from, FollowUpStatus to, string? refusal)
    {
        var answer = FollowUpRules.Refusal(from, to, null);

        if (refusal is null)
        {
            Assert.Null(answer);
        }
        else
        {
            Assert.Contains(refusal, answer, StringComparison.Ordinal);
            if (from != to)
            {
                // A move that needs a note is taken once it has one; staying put is refused with or without.
                Assert.Null(FollowUpRules.Refusal(from, to, "有原因"));
            }
        }
    }

    [Fact]
    public void Ids_round_trip_and_refuse_what_is_not_shaped_as_one()
    {
        Assert.Equal("SB0307.pace_lag.fund_sales", GuidanceIds.Of("SB0307", "pace_lag", "fund_sales"));
        Assert.True(GuidanceIds.TryParse("SB0307.pace_lag.fund_sales", out var unit, out var kind, out var kpi));
        Assert.Equal(("SB0307", GuidanceKind.PaceLag, "fund_sales"), (unit, kind, kpi));
        Assert.True(GuidanceIds.TryParse("M00001.inactive", out _, out var inactive, out var none));
        Assert.Equal((GuidanceKind.Inactive, null), (inactive, none));
        Assert.False(GuidanceIds.TryParse("SB0307.late", out _, out _, out _));
        Assert.False(GuidanceIds.TryParse("SB0307..x", out _, out _, out _));
        Assert.False(GuidanceIds.TryParse(null, out _, out _, out _));
    }

    [Fact]
    public void Wire_names_round_trip()
    {
        Assert.All(FollowUpStatusNames.All, s => Assert.True(FollowUpStatusNames.TryParse(s.ToWire(), out var back) && back == s));
        Assert.Equal("in_progress", FollowUpStatus.InProgress.ToWire());
    }
}
