using WarRoom.Core.Org;
using WarRoom.Core.Seed;
using WarRoom.SeedGeneration;

namespace WarRoom.SeedGeneration.Tests;

/// <summary><c>generate-seed --shape national</c> (decision 0025): the tree, its outlets, its levels, its determinism.</summary>
public sealed class NationalSeedTests
{
    private static readonly Lazy<SeedData> HundredThousand = new(() =>
        SeedLoader.Load(new InMemorySeedSource(SeedGenerator.Generate(new SeedGeneratorOptions { Shape = SeedShape.National, Managers = 100_000 }))));

    [Fact]
    public void At_100000_managers_the_bank_has_36_tier1_about_350_tier2_and_about_8000_outlets_of_5_to_20()
    {
        var org = HundredThousand.Value.Org;
        var count = org.Levels.Select(l => org.UnitsAt(l, org.Root).Count()).ToList();

        Assert.Equal(["hq", "branch", "branch2", "subbranch", "manager"], org.Levels.Select(l => l.Code));
        Assert.Equal(["一级分行", "二级分行", "支行"], org.Levels.Middle.Select(l => l.Name.Zh));
        Assert.Equal([1, 36, 350], count[..3]);
        Assert.InRange(count[3], 7_500, 9_000);
        Assert.Equal(100_000, count[4]);
        var sizes = org.UnitsAt(org.Levels.Outlet, org.Root).Select(o => o.Children.Count).ToList();
        Assert.All(sizes, s => Assert.InRange(s, 5, 20));

        // A skew, not a flat spread: the middle sizes are the common ones, the extremes rare.
        Assert.True(sizes.Count(s => s is >= 9 and <= 14) > sizes.Count / 2, "most outlets seat 9–14 managers");
        Assert.True(sizes.Count(s => s == 20) < sizes.Count / 50, "few outlets are at the cap");
        Assert.All(org.Units.Where(u => !u.Level.IsLeaf), u => Assert.NotEmpty(u.Children));
    }

    [Fact]
    public void Provinces_differ_in_size_and_targets_add_up_down_every_level()
    {
        var data = HundredThousand.Value;
        var branches = data.Org.UnitsAt(data.Org.Levels[1], data.Org.Root).ToList();
        var managers = branches.Select(b => b.DescendantsAt(data.Org.Levels.Leaf).Count()).ToList();

        Assert.Equal("广东省分行", branches.MaxBy(b => b.DescendantsAt(data.Org.Levels.Leaf).Count())!.Name);
        Assert.True(managers.Max() > 5 * managers.Min(), $"{managers.Max()} vs {managers.Min()}");

        // The loader checked that children's targets add up to their parent's; the root holds the bank's total.
        var deposits = data.Kpis.Find("deposit_new")!;
        Assert.Equal(
            data.Org.Root.Children.Sum(b => data.Campaign.Targets.Get(b, deposits) ?? 0),
            data.Campaign.Targets.Get(data.Org.Root, deposits) ?? 0,
            precision: 2);
    }

    [Fact]
    public void The_same_options_give_the_same_bytes_and_another_seed_another_bank()
    {
        var options = new SeedGeneratorOptions { Shape = SeedShape.National, Managers = 3_000, Seed = 11 };

        Assert.Equal(SeedGenerator.Generate(options), SeedGenerator.Generate(options));
        Assert.NotEqual(SeedGenerator.Generate(options)[SeedFileNames.OrgUnits], SeedGenerator.Generate(options with { Seed = 12 })[SeedFileNames.OrgUnits]);
        Assert.Equal(
            "code,order,name_zh,name_en\nhq,0,总行,Head office\nbranch,1,一级分行,Tier-1 branch\nbranch2,2,二级分行,Tier-2 branch\nsubbranch,3,支行,Sub-branch\nmanager,4,客户经理,Manager\n",
            SeedGenerator.Generate(options)[SeedFileNames.OrgLevels]);
    }

    [Theory]
    [InlineData(3, new[] { "hq", "subbranch", "manager" })]
    [InlineData(4, new[] { "hq", "branch", "subbranch", "manager" })]
    [InlineData(6, new[] { "hq", "branch", "branch2", "county", "subbranch", "manager" })]
    public void Any_depth_from_3_to_6_loads_with_every_unit_one_level_below_its_parent(int depth, string[] codes)
    {
        var data = SeedLoader.Load(new InMemorySeedSource(SeedGenerator.Generate(
            new SeedGeneratorOptions { Shape = SeedShape.National, Managers = 600, Depth = depth })));

        Assert.Equal(codes, data.Org.Levels.Select(l => l.Code));
        Assert.Equal(600, data.Org.ManagerCount);
        Assert.All(data.Org.Units.Where(u => u.Parent is not null), u => Assert.Equal(u.Parent!.Level.Below, u.Level));
        Assert.All(data.Org.Units.Where(u => u.Level.IsLeaf), u => Assert.Equal(data.Org.Levels.Outlet, u.Parent!.Level));
    }

    [Fact]
    public void Smaller_banks_scale_the_levels_in_proportion()
    {
        var org = SeedLoader.Load(new InMemorySeedSource(SeedGenerator.Generate(
            new SeedGeneratorOptions { Shape = SeedShape.National, Managers = 20_000 }))).Org;

        Assert.Equal(7, org.UnitsAt(org.Levels[1], org.Root).Count());
        Assert.Equal(70, org.UnitsAt(org.Levels[2], org.Root).Count());
        Assert.InRange(org.UnitsAt(org.Levels.Outlet, org.Root).Count(), 1_500, 1_800);
    }

    [Fact]
    public void The_regional_shape_writes_no_levels_file_and_keeps_its_four_levels()
    {
        var files = SeedGenerator.Generate(new SeedGeneratorOptions { Shape = SeedShape.Regional });

        Assert.Equal(SeedGenerator.Generate(new SeedGeneratorOptions()), files);
        Assert.False(files.ContainsKey(SeedFileNames.OrgLevels));
        Assert.Same(OrgLevels.Regional, SeedLoader.Load(new InMemorySeedSource(files)).Org.Levels);
    }
}
