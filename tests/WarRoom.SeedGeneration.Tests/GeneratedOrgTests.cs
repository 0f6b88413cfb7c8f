using System.Text.RegularExpressions;
using WarRoom.SeedGeneration;

namespace WarRoom.SeedGeneration.Tests;

/// <summary>The shape and naming of the default generated bank (seed 2027, 1,500 managers).</summary>
public sealed partial class GeneratedOrgTests
{
    private static readonly List<GeneratedUnitRow> Rows = GeneratedUnitRow.Read(SeedGenerator.Generate(new SeedGeneratorOptions()));

    [Fact]
    public void ParentsComeBeforeTheirChildren()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            Assert.True(row.Parent.Length == 0 || seen.Contains(row.Parent), $"{row.Code} on line {row.Line} comes before its parent {row.Parent}");
            seen.Add(row.Code);
        }
    }

    [Fact]
    public void CodesFollowTheScheme()
    {
        Assert.Equal("HQ", Rows[0].Code);
        Assert.Equal([.. Enumerable.Range(1, 12).Select(i => $"BR{i:D2}")], Rows.Where(r => r.Level == "branch").Select(r => r.Code));
        Assert.All(Rows.Where(r => r.Level == "subbranch"), r => Assert.Matches($"^SB{r.Parent[2..]}\\d{{2}}$", r.Code));
        Assert.Equal([.. Enumerable.Range(1, 1500).Select(i => $"M{i:D5}")], Rows.Where(r => r.Level == "manager").Select(r => r.Code));
    }

    [Fact]
    public void BranchesAreTwelveCitiesWithTierPeerGroups()
    {
        var branches = Rows.Where(r => r.Level == "branch").ToList();

        Assert.Equal(("总行", "Head Office", "HQ"), (Rows[0].Name, Rows[0].NameEn, Rows[0].PeerGroup));
        Assert.Equal(["北京分行", "上海分行", "广州分行", "深圳分行", "杭州分行", "南京分行", "苏州分行", "成都分行", "武汉分行", "西安分行", "天津分行", "重庆分行"], branches.Select(b => b.Name));
        Assert.Equal("Xi'an Branch", branches[9].NameEn);
        Assert.Equal(["A", "A", "A", "A", "B", "B", "B", "B", "C", "C", "C", "C"], branches.Select(b => b.PeerGroup));
    }

    [Fact]
    public void SubBranchesAreNamedAfterDistrictsOfTheirCity()
    {
        var cities = Rows.Where(r => r.Level == "branch").ToDictionary(b => b.Code, b => (Zh: b.Name[..^2], En: b.NameEn[..^" Branch".Length]));

        Assert.Contains(Rows, r => (r.Code, r.Name, r.NameEn) == ("SB0101", "北京朝阳支行", "Beijing Chaoyang Sub-branch"));
        Assert.All(Rows.Where(r => r.Level == "subbranch"), r =>
        {
            Assert.Matches($"^{cities[r.Parent].Zh}\\p{{IsCJKUnifiedIdeographs}}+支行$", r.Name);
            Assert.Matches($"^{cities[r.Parent].En} .+ Sub-branch$", r.NameEn);
        });
    }

    [Fact]
    public void ManagersHaveChineseNamesWithPinyinUniqueInTheirSubBranch()
    {
        var managers = Rows.Where(r => r.Level == "manager").ToList();

        Assert.All(managers, m => Assert.Matches(ChineseName(), m.Name));
        Assert.All(managers, m => Assert.Matches(PinyinName(), m.NameEn));
        Assert.All(managers.GroupBy(m => m.Parent), g => Assert.Equal(g.Count(), g.Select(m => m.Name).Distinct().Count()));

        // Surnames follow real frequencies: the big three lead, and the names are varied.
        var topSurnames = managers.GroupBy(m => m.Name[..1]).OrderByDescending(g => g.Count()).Take(5).Select(g => g.Key).ToList();
        Assert.Subset(topSurnames.ToHashSet(), new HashSet<string> { "王", "李", "张" });
        Assert.True(managers.Select(m => m.Name).Distinct().Count() > 1400);
    }

    [Fact]
    public void SubBranchPeerGroupsAreSizeTertiles()
    {
        var sizes = Rows.Where(r => r.Level == "manager").GroupBy(r => r.Parent).ToDictionary(g => g.Key, g => g.Count());
        var byGroup = Rows.Where(r => r.Level == "subbranch").GroupBy(r => r.PeerGroup).ToDictionary(g => g.Key, g => g.Select(r => sizes[r.Code]).ToList());

        Assert.Equal([27, 27, 26], new[] { "A", "B", "C" }.Select(g => byGroup[g].Count));
        Assert.True(byGroup["A"].Min() >= byGroup["B"].Max() && byGroup["B"].Min() >= byGroup["C"].Max());
        Assert.InRange(sizes.Values.Min(), 5, 15);
        Assert.InRange(sizes.Values.Max(), 22, 40);
    }

    [Fact]
    public void ManagerPeerGroupsAreSeniorityTiers()
    {
        var tiers = Rows.Where(r => r.Level == "manager").GroupBy(r => r.PeerGroup).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(["A", "B", "C"], tiers.Keys.Order());
        Assert.InRange(tiers["A"], 240, 360);
        Assert.InRange(tiers["B"], 680, 820);
        Assert.InRange(tiers["C"], 380, 520);
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,4}$")]
    private static partial Regex ChineseName();

    [GeneratedRegex(@"^[A-Z][a-z]+ [A-Z][a-z']+$")]
    private static partial Regex PinyinName();
}
