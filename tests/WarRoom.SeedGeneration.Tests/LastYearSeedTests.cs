using WarRoom.Core.Campaigns;
using WarRoom.Core.History;
using WarRoom.Core.Seed;
using WarRoom.SeedGeneration;

namespace WarRoom.SeedGeneration.Tests;

/// <summary>Last year's campaign in the seed (history/kmh-2026/): loads over this year's org, its own Spring Festival, lower targets.</summary>
public sealed class LastYearSeedTests
{
    private static readonly IReadOnlyDictionary<string, string> Files = SeedGenerator.Generate(new SeedGeneratorOptions { Managers = 100 });

    [Fact]
    public void Last_years_campaign_loads_with_its_own_calendar_and_targets_a_tenth_lower()
    {
        var current = SeedLoader.Load(new InMemorySeedSource(Files));
        var past = SeedLoader.LoadPast(new InMemorySeedSource(Files
            .Where(f => f.Key.StartsWith("history/kmh-2026/", StringComparison.Ordinal))
            .ToDictionary(f => f.Key["history/kmh-2026/".Length..], f => f.Value)), current);

        Assert.Equal(("kmh-2026", "2026 开门红"), (past.Id, past.Name));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), past.Start);
        Assert.False(past.Calendar.IsWorkingDay(new DateOnly(2026, 2, 17)));   // 正月初一 2026
        Assert.True(past.Calendar.IsWorkingDay(new DateOnly(2026, 2, 28)));    // Saturday make-up day
        Assert.True(past.Calendar.IsWorkingDay(new DateOnly(2026, 2, 5)));     // 2027's Eve was a Friday off; 2026's was not
        foreach (var unit in current.Org.Units)
        {
            foreach (var kpi in current.Campaign.Kpis)
            {
                var (now, then) = (current.Campaign.Targets[unit.Index, kpi.Kpi.Index], past.Targets[unit.Index, kpi.Kpi.Index]);
                // A tenth off in whole steps (0.01 万元, or 1 户), rounded down per manager and summed up the tree.
                Assert.InRange(then, (now * 0.85) - 2, (now * 0.9) + 0.01);
                if (kpi.Kpi.Numerator is not null)
                {
                    // A ratio's target is a rate, one for every unit (mobile_mau_rate): never a sum of children.
                    Assert.Equal(past.Targets[current.Org.Root.Index, kpi.Kpi.Index], then, 6);
                }
                else if (unit.Children.Count > 0)
                {
                    Assert.Equal(unit.Children.Sum(c => past.Targets[c.Index, kpi.Kpi.Index]), then, 2);
                }
            }
        }

        // Mon 22 Feb 2027 is the 32nd working day of 2027; 2026's 32nd is Sat 14 Feb, the make-up day before its break.
        var match = new SameWorkingDay(current.Campaign, past);
        Assert.Equal(new DateOnly(2026, 2, 14), past.DayAt(match.DayOf(current.Campaign.DayIndex(new DateTimeOffset(2027, 2, 22, 10, 0, 0, TimeSpan.FromHours(8))))));
    }
}
