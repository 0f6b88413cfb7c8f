using WarRoom.Core.Org;
using WarRoom.Core.Seed;

namespace WarRoom.Core.Tests.Seed;

/// <summary>org-levels.csv (decision 0025): optional, regional without it, any 3 to 6 levels with it.</summary>
public sealed class OrgLevelsFileTests
{
    private const string File = SeedFileNames.OrgLevels;

    private const string FiveLevels =
        "code,order,name_zh,name_en\n" +
        "hq,0,总行,Head office\n" +
        "tier1,1,一级分行,Tier-1 branch\n" +
        "tier2,2,二级分行,Tier-2 branch\n" +
        "outlet,3,支行,Sub-branch\n" +
        "manager,4,客户经理,Manager\n";

    /// <summary>The minimal bank with a 二级分行 between the branch and its sub-branches.</summary>
    private static Dictionary<string, string> FiveLevelSeed()
    {
        var files = MinimalSeed.Files();
        files[File] = FiveLevels;
        files[SeedFileNames.OrgUnits] = MinimalSeed.OrgUnits
            .Replace(",branch,HQ,", ",tier1,HQ,", StringComparison.Ordinal)
            .Replace("SB0101,北京朝阳支行,Beijing Chaoyang Sub-branch,subbranch,BR01,A\n", "T2,北京东区,Beijing East,tier2,BR01,A\nSB0101,北京朝阳支行,Beijing Chaoyang Sub-branch,outlet,T2,A\n", StringComparison.Ordinal)
            .Replace(",subbranch,BR01,", ",outlet,T2,", StringComparison.Ordinal);
        files[SeedFileNames.Targets] = MinimalSeed.Targets.Replace("SB0101,deposit_new,6000.00\n", "T2,deposit_new,10000.00\nSB0101,deposit_new,6000.00\n", StringComparison.Ordinal)
            .Replace("SB0101,customers_new,200\n", "T2,customers_new,300\nSB0101,customers_new,200\n", StringComparison.Ordinal);
        return files;
    }

    [Fact]
    public void Without_the_file_the_tree_has_the_regional_four_levels()
    {
        var org = MinimalSeed.Load(MinimalSeed.Files()).Org;

        Assert.Same(OrgLevels.Regional, org.Levels);
        Assert.Equal(["hq", "branch", "subbranch", "manager"], org.Levels.Select(l => l.Code));
        Assert.Equal(OrgLevel.Manager, org.Find("M00001")!.Level);
        Assert.True(org.Find("M00001")!.Level.IsLeaf);
        Assert.Equal(3, org.ManagerCount);
    }

    [Fact]
    public void A_five_level_seed_loads_with_its_own_codes_names_and_leaf()
    {
        var org = MinimalSeed.Load(FiveLevelSeed()).Org;

        Assert.Equal(["hq", "tier1", "tier2", "outlet", "manager"], org.Levels.Select(l => l.Code));
        Assert.Equal(new LocalizedText("二级分行", "Tier-2 branch"), org.Find("T2")!.Level.Name);
        Assert.Equal(4, org.Find("M00001")!.Level.Depth);
        Assert.True(org.Find("M00001")!.Level.IsLeaf);
        Assert.NotEqual(OrgLevel.Manager, org.Find("M00001")!.Level);
        Assert.Equal(org.Levels[3], org.Levels.Outlet);
        Assert.Equal(["tier1", "tier2", "outlet"], org.Levels.Middle.Select(l => l.Code));
        Assert.Equal(["SB0101", "SB0102"], org.Find("T2")!.DescendantsAt(org.Levels.Outlet).Select(u => u.Code));
        Assert.Equal(3, org.ManagerCount);
    }

    [Theory]
    [InlineData("tier2,2,", "tier2,7,", 5, "orders must run 0, 1, 2, … without gaps or repeats; expected 2, found 3")]
    [InlineData("tier2,2,", "tier1,2,", 4, "duplicate level code 'tier1'")]
    [InlineData("tier2,2,", "Tier 2,2,", 4, "code 'Tier 2' may hold only a-z, 0-9, '_' and '-' (it is a query parameter value)")]
    [InlineData("tier2,2,", "tier2,two,", 4, "order 'two' must be a whole number from 0")]
    [InlineData("tier2,2,二级分行", "tier2,2,", 4, "name_zh is empty")]
    public void A_bad_level_row_is_named(string find, string replace, int line, string message)
    {
        var files = FiveLevelSeed();
        files[File] = files[File].Replace(find, replace, StringComparison.Ordinal);

        Assert.Equal([new SeedError(File, line, message)], MinimalSeed.Errors(files));
    }

    [Fact]
    public void Two_levels_or_seven_are_not_a_bank()
    {
        var files = MinimalSeed.Files();
        files[File] = "code,order,name_zh,name_en\nhq,0,总行,Head office\nmanager,1,客户经理,Manager\n";

        Assert.Equal([new SeedError(File, 0, "an org tree has 3 to 6 levels (head office to managers), not 2")], MinimalSeed.Errors(files));
    }

    [Fact]
    public void A_unit_at_a_level_the_file_does_not_name_is_named_with_the_seeds_levels()
    {
        var files = FiveLevelSeed();
        files[SeedFileNames.OrgUnits] = files[SeedFileNames.OrgUnits].Replace(",tier2,BR01,", ",subbranch,BR01,", StringComparison.Ordinal);

        Assert.Contains(new SeedError(SeedFileNames.OrgUnits, 4, "level 'subbranch' must be hq, tier1, tier2, outlet or manager"), MinimalSeed.Errors(files));
    }

    [Fact]
    public void A_unit_that_skips_a_level_is_rejected()
    {
        var files = FiveLevelSeed();
        files[SeedFileNames.OrgUnits] = files[SeedFileNames.OrgUnits].Replace("M00003,王芳,Wang Fang,manager,SB0102,C", "M00003,王芳,Wang Fang,manager,T2,C", StringComparison.Ordinal);

        Assert.Contains(new SeedError(SeedFileNames.OrgUnits, 9, "'M00003' is a manager but its parent 'T2' is a tier2"), MinimalSeed.Errors(files));
    }
}
