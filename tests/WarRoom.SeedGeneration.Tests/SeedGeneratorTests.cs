using System.Diagnostics;
using WarRoom.Core.Org;
using WarRoom.Core.Seed;
using WarRoom.SeedGeneration;

namespace WarRoom.SeedGeneration.Tests;

public sealed class SeedGeneratorTests
{
    [Fact]
    public void SameOptionsGiveTheSameBytes()
    {
        var first = SeedGenerator.Generate(new SeedGeneratorOptions { Seed = 7, Managers = 600 });
        var second = SeedGenerator.Generate(new SeedGeneratorOptions { Seed = 7, Managers = 600 });

        Assert.Equal(first, second);
    }

    [Fact]
    public void AnotherSeedGivesAnotherBankWithTheSameCatalogueAndCampaign()
    {
        var a = SeedGenerator.Generate(new SeedGeneratorOptions { Seed = 1 });
        var b = SeedGenerator.Generate(new SeedGeneratorOptions { Seed = 2 });

        Assert.NotEqual(a[SeedFileNames.OrgUnits], b[SeedFileNames.OrgUnits]);
        Assert.NotEqual(a[SeedFileNames.Targets], b[SeedFileNames.Targets]);
        Assert.NotEqual(a[SeedFileNames.EventSample], b[SeedFileNames.EventSample]);
        Assert.Equal(a[SeedFileNames.Kpis], b[SeedFileNames.Kpis]);
        Assert.Equal(a[SeedFileNames.Campaign], b[SeedFileNames.Campaign]);
        Assert.Equal(a[SeedFileNames.Calendar], b[SeedFileNames.Calendar]);
        Assert.Equal(a[SeedFileNames.Dimensions], b[SeedFileNames.Dimensions]);
    }

    [Fact]
    public void FilesAreLfWithoutByteOrderMark()
    {
        var files = SeedGenerator.Generate(new SeedGeneratorOptions { Managers = 100 });

        Assert.Equal([SeedFileNames.Calendar, SeedFileNames.Campaign, SeedFileNames.Dimensions, SeedFileNames.EventSample, SeedFileNames.GuidanceTemplates,
            "history/kmh-2026/" + SeedFileNames.Calendar, "history/kmh-2026/" + SeedFileNames.Campaign, "history/kmh-2026/" + SeedFileNames.Targets,
            SeedFileNames.Kpis, SeedFileNames.OrgUnits, SeedFileNames.Targets], files.Keys);
        Assert.All(files.Values, text =>
        {
            Assert.DoesNotContain('\r', text);
            Assert.DoesNotContain('\uFEFF', text);
            Assert.EndsWith("\n", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void TwentyThousandManagersMakeAValidBiggerTreeQuickly()
    {
        var clock = Stopwatch.StartNew();
        var files = SeedGenerator.Generate(new SeedGeneratorOptions { Managers = 20_000 });
        var generation = clock.Elapsed;

        var data = SeedLoader.Load(new InMemorySeedSource(files));

        // Generous bound for a shared CI machine; it takes well under a second on a quiet one.
        Assert.True(generation < TimeSpan.FromSeconds(10), $"generation took {generation}");
        Assert.Equal(20_000, data.Org.ManagerCount);
        Assert.Equal(12, data.Org.Units.Count(u => u.Level == OrgLevel.Branch));
        Assert.Equal(292, data.Org.Units.Count(u => u.Level == OrgLevel.SubBranch));
        Assert.All(data.Org.Units.Where(u => u.Level == OrgLevel.SubBranch), sb => Assert.NotEmpty(sb.Children));
        Assert.All(data.Org.Units.Where(u => u.Level == OrgLevel.SubBranch), sb => Assert.Equal(sb.Children.Count, sb.Children.Select(m => m.Name).Distinct().Count()));
    }

    [Fact]
    public void BeyondTheDistrictListADistrictGetsNumberedSubBranches()
    {
        var rows = GeneratedUnitRow.Read(SeedGenerator.Generate(new SeedGeneratorOptions { Managers = 20_000 }));

        Assert.Contains(rows, r => r.Name == "北京朝阳第二支行" && r.NameEn == "Beijing Chaoyang Sub-branch No. 2");
        var subBranches = rows.Where(r => r.Level == "subbranch").ToList();
        Assert.Equal(subBranches.Count, subBranches.Select(r => r.Name).Distinct().Count());
        Assert.Equal(subBranches.Count, subBranches.Select(r => r.NameEn).Distinct().Count());
    }

    [Fact]
    public void TheSmallestBankHasOneManagerPerSubBranch()
    {
        var data = SeedLoader.Load(new InMemorySeedSource(SeedGenerator.Generate(new SeedGeneratorOptions { Managers = 12 })));

        Assert.Equal(1 + 12 + 12 + 12, data.Org.Count);
        Assert.All(data.Org.Units.Where(u => u.Level == OrgLevel.Branch), b => Assert.Single(b.Children));
    }

    [Theory]
    [InlineData(11, null, 200)]
    [InlineData(100, 11, 200)]
    [InlineData(100, 101, 200)]
    [InlineData(100, null, -1)]
    public void RejectsOptionsItCannotHonour(int managers, int? subBranches, int events)
    {
        var options = new SeedGeneratorOptions { Managers = managers, SubBranches = subBranches, SampleEvents = events };

        Assert.Throws<ArgumentOutOfRangeException>(() => SeedGenerator.Generate(options));
    }

    [Theory]
    [InlineData(1500, 80)]
    [InlineData(20_000, 292)]
    [InlineData(12, 12)]
    [InlineData(375, 40)]
    public void SubBranchesGrowWithTheSquareRootOfManagers(int managers, int expected)
    {
        Assert.Equal(expected, new SeedGeneratorOptions { Managers = managers }.EffectiveSubBranches);
    }
}
