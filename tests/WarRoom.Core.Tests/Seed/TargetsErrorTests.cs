using WarRoom.Core.Seed;

namespace WarRoom.Core.Tests.Seed;

/// <summary>
/// targets.csv problems; line numbers refer to <see cref="MinimalSeed.Targets"/>. Most cases break the row of
/// M00003 / customers_new (line 15): M00003 is an only child, so no sibling check cascades from it.
/// </summary>
public sealed class TargetsErrorTests
{
    private const string File = SeedFileNames.Targets;
    private const string Row = "M00003,customers_new,100\n";

    [Theory]
    [InlineData("M00003,customers,100\n", "unknown kpi 'customers'")]
    [InlineData("M00009,customers_new,100\n", "unknown unit 'M00009'")]
    [InlineData("M00003,mobile_mau,100\n", "kpi 'mobile_mau' is not one of the campaign's KPIs")]
    [InlineData("M00003,customers_new,-100\n", "target -100 is negative")]
    [InlineData("M00003,customers_new,lots\n", "target 'lots' is not a number")]
    [InlineData("M00003,customers_new,100.5\n", "target 100.5 has more than 0 decimal places, the precision of customers_new")]
    [InlineData("M00003,deposit_new,4000.00\n", "duplicate target for M00003 / deposit_new (first on line 8)")]
    [InlineData("M00003,customers_new\n", "expected 3 fields (unit,kpi,target), found 2")]
    public void ReportsTheRowsProblem(string row, string message)
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, Row, row));

        Assert.Equal([new SeedError(File, 15, message)], errors);
    }

    [Fact]
    public void UnknownUnitAndUnknownKpiOnOneRowAreBothReported()
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, Row, "M00009,customers,100\n"));

        Assert.Equal([new SeedError(File, 15, "unknown unit 'M00009'"), new SeedError(File, 15, "unknown kpi 'customers'")], errors);
    }

    [Fact]
    public void ChildrenNotAddingUpAreReportedOnTheParentsLine()
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, "M00002,deposit_new,2500.00", "M00002,deposit_new,2400.00"));

        Assert.Equal([new SeedError(File, 4, "deposit_new: the targets of SB0101's 2 children add up to 5900.00, not to its target 6000.00")], errors);
    }

    [Fact]
    public void ChildrenAreComparedAsDecimalsNotAsText()
    {
        // 3500.000 + 2500 = 6000.000, which equals 6000.00 as a decimal although the texts differ.
        var files = MinimalSeed.With(File, "M00001,deposit_new,3500.00", "M00001,deposit_new,3500.000");
        files[File] = files[File].Replace("M00002,deposit_new,2500.00", "M00002,deposit_new,2500", StringComparison.Ordinal);

        var data = MinimalSeed.Load(files);

        Assert.True(data.Org.TryGet("M00001", out var m1));
        Assert.Equal(3500.0, data.Campaign.Targets.Get(m1, data.Kpis.Find("deposit_new")!));
    }

    [Fact]
    public void ASiblingWithoutTargetIsReported()
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, "M00002,customers_new,80\n", string.Empty));

        Assert.Equal([new SeedError(File, 12, "customers_new: M00002 has no target although its siblings under SB0101 have")], errors);
    }

    [Fact]
    public void TargetsMayStopAboveTheManagers()
    {
        var files = MinimalSeed.Files();
        files[File] = string.Join('\n', files[File].Split('\n').Where(l => !l.StartsWith('M'))) + "\n";

        var data = MinimalSeed.Load(files);

        Assert.True(data.Org.TryGet("M00001", out var m1));
        Assert.True(data.Org.TryGet("SB0101", out var sb));
        var deposits = data.Kpis.Find("deposit_new")!;
        Assert.Null(data.Campaign.Targets.Get(m1, deposits));
        Assert.Equal(6000.0, data.Campaign.Targets.Get(sb, deposits));
    }

    [Fact]
    public void WrongHeaderIsReportedOnLineOne()
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, "unit,kpi,target", "unit,kpi,goal"));

        Assert.Equal([new SeedError(File, 1, "header must be 'unit,kpi,target', found 'unit,kpi,goal'")], errors);
    }
}
