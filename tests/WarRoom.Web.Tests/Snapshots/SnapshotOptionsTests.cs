using Microsoft.Extensions.Configuration;
using WarRoom.Core.Seed;
using WarRoom.Web.Features.Snapshots;
using WarRoom.Web.Tests.Storage;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>WarRoom:Snapshots binds from configuration as documented, and settings that cannot work fail at start.</summary>
public sealed class SnapshotOptionsTests
{
    [Fact]
    public void The_weekly_slot_binds_from_configuration_text()
    {
        var options = Bind(new() { ["Weekly:Day"] = "Friday", ["Weekly:Time"] = "17:45", ["Weekly:Scope"] = "BR01", ["Weekly:CatchUp"] = "02:00:00" });

        Assert.Equal((DayOfWeek.Friday, new TimeOnly(17, 45), "BR01", TimeSpan.FromHours(2)),
            (options.Weekly.Day, options.Weekly.Time, options.Weekly.Scope, options.Weekly.CatchUp));
        Assert.True(Validator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void The_defaults_are_monday_0830_hq()
    {
        var options = Bind([]);

        Assert.Equal((DayOfWeek.Monday, new TimeOnly(8, 30), "HQ", "{week} 周例会"), (options.Weekly.Day, options.Weekly.Time, options.Weekly.Scope, options.Weekly.Label));
    }

    [Theory]
    [InlineData("Weekly:Scope", "XX", "WarRoom:Snapshots:Weekly:Scope 'XX' is not a unit code")]
    [InlineData("Weekly:Scope", "M001", "WarRoom:Snapshots:Weekly:Scope 'M001' is a manager")]
    [InlineData("Weekly:Label", " ", "WarRoom:Snapshots:Weekly:Label must be 1 to 100 characters")]
    [InlineData("Weekly:CatchUp", "7.00:00:00", "WarRoom:Snapshots:Weekly:CatchUp must be from 00:00:00 to less than 7 days")]
    [InlineData("RenderTimeout", "00:00:00", "WarRoom:Snapshots:RenderTimeout must be positive")]
    public void Settings_that_cannot_work_are_named(string key, string value, string error)
    {
        var result = Validator().Validate(null, Bind(new() { [key] = value }));

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith(error, StringComparison.Ordinal));
    }

    private static SnapshotOptions Bind(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.ToDictionary(kv => $"{SnapshotOptions.Section}:{kv.Key}", kv => kv.Value))
            .Build();
        return configuration.GetSection(SnapshotOptions.Section).Get<SnapshotOptions>() ?? new SnapshotOptions();
    }

    private static SnapshotOptionsValidator Validator() => new(TestSeed.Create().Org);
}
