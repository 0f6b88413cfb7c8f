using WarRoom.Core.Campaigns;
using WarRoom.Core.Seed;
using WarRoom.Core.Tests.Seed;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>Guidance thresholds in campaign.json that cannot work are seed errors on the guidance line (14).</summary>
public sealed class GuidanceSettingsTests
{
    [Theory]
    [InlineData("\"paceLagWarn\": 0.2", "guidance: paceLagWarn (0.2) must be ≥ 0 and paceLagCritical (0.15) at least as large")]
    [InlineData("\"rankDropPlaces\": 0", "guidance: rankDropPlaces (0) must be at least 1")]
    [InlineData("\"inactiveWorkingDays\": 6", "guidance: inactiveWorkingDays (6) must be at least 1 and inactiveCriticalWorkingDays (5) at least as large")]
    [InlineData("\"concentrationShare\": 1.5", "guidance: concentrationShare (1.5) must be in (0, 1] and concentrationMinCompletion (0.1) ≥ 0")]
    [InlineData("\"mixGapWeakPace\": 0", "guidance: mixGapStrong (1.1) and mixGapWeakPace (0) must be positive")]
    [InlineData("\"breakthroughWorkingDays\": 0", "guidance: breakthroughWorkingDays (0) must be at least 1")]
    [InlineData("\"managerHelpListSize\": -1", "guidance: managerHelpListSize (-1) must not be negative")]
    public void Unusable_thresholds_are_rejected(string setting, string message)
    {
        var files = MinimalSeed.With(SeedFileNames.Campaign, "\"paceLagWarn\": 0.08", setting);

        Assert.Equal([new SeedError(SeedFileNames.Campaign, 14, message)], MinimalSeed.Errors(files));
    }

    [Fact]
    public void The_defaults_are_usable_and_the_seed_spells_them_out()
    {
        Assert.Empty(new GuidanceSettings().Problems());
        Assert.Equal(new GuidanceSettings(), SeedLoader.Load(Support.CommittedSeedData.Source()).Campaign.Guidance);
    }
}
