using System.Globalization;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Seed;
using WarRoom.SeedGeneration;

namespace WarRoom.SeedGeneration.Tests;

/// <summary>Targets of the default generated bank: HQ totals, exact decomposition, plausible per-manager sizes.</summary>
public sealed class GeneratedTargetsTests
{
    private static readonly IReadOnlyDictionary<string, string> Files = SeedGenerator.Generate(new SeedGeneratorOptions());
    private static readonly SeedData Data = SeedLoader.Load(new InMemorySeedSource(Files));

    [Theory]
    [InlineData("deposit_new", "4500000.00")]
    [InlineData("aum_growth", "7500000.00")]
    [InlineData("customers_new", "225000")]
    [InlineData("mobile_mau", "600000")]
    [InlineData("inclusive_loans", "900000.00")]
    public void HqTotalIsThePerManagerTargetTimesTheManagers(string kpi, string total)
    {
        Assert.Contains($"HQ,{kpi},{total}\n", Files[SeedFileNames.Targets], StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTargetIsWrittenWithItsKpisDecimals()
    {
        foreach (var row in CsvText.Read(Files[SeedFileNames.Targets]).Skip(1))
        {
            var decimals = Data.Kpis.Find(row.Fields[1])!.Decimals;
            var dot = row.Fields[2].IndexOf('.', StringComparison.Ordinal);
            Assert.Equal(decimals, dot < 0 ? 0 : row.Fields[2].Length - dot - 1);
        }
    }

    [Fact]
    public void ChildrenAddUpExactlyToTheirParent()
    {
        // The loader checks this too; done here in decimals to fail with the unit's name if it ever breaks. A daily
        // average adds up as well: the parent's daily balance is the sum of its children's, and so is its mean.
        var targets = TargetsByUnitAndKpi();
        var additive = Data.Campaign.Kpis.Select(k => k.Kpi).Where(k => k.IsAdditive).ToList();
        Assert.Contains(additive, k => k.Aggregation == KpiAggregation.DailyAverage);
        foreach (var parent in Data.Org.Units.Where(u => u.Children.Count > 0))
        {
            foreach (var kpi in additive)
            {
                Assert.True(
                    parent.Children.Sum(c => targets[(c.Code, kpi.Code)]) == targets[(parent.Code, kpi.Code)],
                    $"{parent.Code} {kpi.Code}");
            }
        }
    }

    [Fact]
    public void ARatioTargetIsOneRateForEveryUnitNotASum()
    {
        // Σ numerator / Σ denominator over a subtree is a rate like its children's: a parent held to the sum of its
        // children's 45 % would be held to 4,500 % at a sub-branch of a hundred managers.
        var targets = TargetsByUnitAndKpi();
        var ratios = Data.Campaign.Kpis.Select(k => k.Kpi).Where(k => k.Aggregation == KpiAggregation.Ratio).ToList();
        Assert.NotEmpty(ratios);
        foreach (var kpi in ratios)
        {
            var rate = targets[(Data.Org.Root.Code, kpi.Code)];
            Assert.InRange(rate, 0.01m, 1m);
            Assert.All(Data.Org.Units, u => Assert.Equal(rate, targets[(u.Code, kpi.Code)]));
        }
    }

    private static Dictionary<(string Unit, string Kpi), decimal> TargetsByUnitAndKpi() =>
        CsvText.Read(Files[SeedFileNames.Targets]).Skip(1)
            .ToDictionary(r => (r.Fields[0], r.Fields[1]), r => decimal.Parse(r.Fields[2], CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("deposit_new", 1000, 8000)]
    [InlineData("aum_growth", 2000, 12000)]
    [InlineData("customers_new", 50, 350)]
    [InlineData("fund_sales", 250, 2000)]
    [InlineData("mobile_mau", 150, 900)]
    [InlineData("credit_cards", 25, 200)]
    public void ManagerTargetsArePlausibleForNinetyDays(string kpi, double min, double max)
    {
        var k = Data.Kpis.Find(kpi)!;

        Assert.All(Data.Org.Units.Where(u => u.Level == OrgLevel.Manager), m => Assert.InRange(Data.Campaign.Targets.Get(m, k)!.Value, min, max));
    }

    [Fact]
    public void SeniorManagersCarryLargerTargetsThanJuniors()
    {
        var deposits = Data.Kpis.Find("deposit_new")!;
        double Average(string tier) => Data.Org.Units.Where(u => u.Level == OrgLevel.Manager && u.PeerGroup == tier).Average(m => Data.Campaign.Targets.Get(m, deposits)!.Value);

        Assert.True(Average("A") > Average("B") && Average("B") > Average("C"));
    }

    [Fact]
    public void KpiWeightsAddUpToOne()
    {
        Assert.Equal(1m, Data.Campaign.Kpis.Sum(k => (decimal)k.Weight));
        Assert.Equal(1m, Data.Kpis.All.Sum(k => (decimal)k.Weight));
    }
}
