using System.Text;
using WarRoom.Core.Org;
using WarRoom.Core.Seed;
using WarRoom.Core.Tests.Support;
using WarRoom.SeedGeneration;

namespace WarRoom.SeedGeneration.Tests;

/// <summary>seed-data/ is the generator's output at the default options, byte for byte, and loads cleanly.</summary>
public sealed class CommittedSeedDataTests
{
    [Fact]
    public void CommittedFilesAreTheGeneratorsOutputByteForByte()
    {
        var generated = SeedGenerator.Generate(new SeedGeneratorOptions());

        foreach (var (name, text) in generated)
        {
            var path = Path.Combine(CommittedSeedData.Folder, name);
            Assert.True(File.Exists(path), $"{name} is missing from seed-data/; run generate-seed");
            var committed = File.ReadAllBytes(path);
            Assert.True(
                committed.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(text)),
                $"seed-data/{name} differs from the generator's output: regenerate it with generate-seed instead of editing it by hand");
        }
    }

    [Fact]
    public void FolderHoldsOnlyGeneratedFilesTheReadmeAndGitAttributes()
    {
        var expected = SeedGenerator.Generate(new SeedGeneratorOptions()).Keys.Append("README.md").Append(".gitattributes").Order(StringComparer.Ordinal);

        var committed = Directory.GetFiles(CommittedSeedData.Folder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(CommittedSeedData.Folder, p).Replace(Path.DirectorySeparatorChar, '/'));
        Assert.Equal(expected, committed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LoadsWithTheExpectedSizes()
    {
        var data = SeedLoader.Load(CommittedSeedData.Source());

        Assert.Equal(1593, data.Org.Count);
        Assert.Single(data.Org.Units, u => u.Level == OrgLevel.Hq);
        Assert.Equal(12, data.Org.Units.Count(u => u.Level == OrgLevel.Branch));
        Assert.Equal(80, data.Org.Units.Count(u => u.Level == OrgLevel.SubBranch));
        Assert.Equal(1500, data.Org.ManagerCount);
        Assert.Equal(15, data.Kpis.Count);
        Assert.Equal(15, data.Campaign.Kpis.Count);
        Assert.Equal(["channel", "product", "segment"], data.Dimensions.All.Select(d => d.Code));
        Assert.Equal(14, data.Campaign.Calendar.SpecialDays.Count);
        Assert.Equal(59, data.Campaign.DaysLeft(data.Campaign.Start));
        Assert.Equal("2027 开门红", data.Campaign.Name);
    }

    [Fact]
    public void EveryUnitHasATargetForEveryCampaignKpi()
    {
        var data = SeedLoader.Load(CommittedSeedData.Source());

        foreach (var unit in data.Org.Units)
        {
            Assert.All(data.Campaign.Kpis, k => Assert.NotNull(data.Campaign.Targets.Get(unit, k.Kpi)));
        }
    }

    [Fact]
    public void EventSampleHas200Rows()
    {
        var rows = CsvText.Read(CommittedSeedData.Files()[SeedFileNames.EventSample]).ToList();

        Assert.Equal(["id", "time", "unit", "kpi", "value"], rows[0].Fields);
        Assert.Equal(200, rows.Count - 1);
    }
}
