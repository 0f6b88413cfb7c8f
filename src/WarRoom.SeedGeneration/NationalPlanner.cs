using WarRoom.Core;
using WarRoom.Core.Org;

namespace WarRoom.SeedGeneration;

/// <summary>
/// Plans a national bank (decision 0025): 总行 → 一级分行 → 二级分行 → 支行 → 客户经理 at the default depth 5, with a
/// 县域支行 level above the sub-branches at depth 6, without 二级分行 at depth 4 and with sub-branches straight under
/// HQ at depth 3. At 100,000 managers: the 36 一级分行 (provinces and separately planned cities, the largest ones
/// first when fewer), ~350 二级分行, ~1,750 县域支行 and ~8,300 sub-branches; counts scale in proportion to the
/// managers. A sub-branch seats 5–20 managers drawn from a triangular distribution with its mode at 11, so most
/// outlets are mid-sized and a few large. Units are shared out top-down by weight (a province's economic size, a
/// jitter of 0.6–1.5 below it), at least one child each.
/// </summary>
internal static class NationalPlanner
{
    public const int MinOutlet = 5;
    public const int MaxOutlet = 20;
    private const double OutletMode = 0.4;

    /// <summary>Units of each middle level per 100,000 managers (the sub-branches follow from the outlet sizes).</summary>
    private static readonly Dictionary<string, int> PerHundredThousand = new(StringComparer.Ordinal)
    {
        ["branch"] = 36, ["branch2"] = 350, ["county"] = 1750,
    };

    public static OrgLevels Levels(int depth)
    {
        var all = new (string Code, LocalizedText Name)[]
        {
            ("hq", new("总行", "Head office")),
            ("branch", new("一级分行", "Tier-1 branch")),
            ("branch2", new("二级分行", "Tier-2 branch")),
            ("county", new("县域支行", "County sub-branch")),
            ("subbranch", new("支行", "Sub-branch")),
            ("manager", new("客户经理", "Manager")),
        };
        string[] codes = depth switch
        {
            3 => ["hq", "subbranch", "manager"],
            4 => ["hq", "branch", "subbranch", "manager"],
            5 => ["hq", "branch", "branch2", "subbranch", "manager"],
            _ => ["hq", "branch", "branch2", "county", "subbranch", "manager"],
        };
        return new OrgLevels([.. codes.Select(c => all.Single(l => l.Code == c))]);
    }

    public static PlannedOrg Plan(SeedGeneratorOptions options)
    {
        var levels = Levels(options.EffectiveDepth);
        var random = new SeedRandom(options.Seed, "org");
        var names = new ChineseNameGenerator(new SeedRandom(options.Seed, "names"));
        var sizes = OutletSizes(options.Managers, random);
        var counts = MiddleCounts(levels, options.Managers, sizes.Count);
        var root = new PlannedUnit { Code = "HQ", NameZh = "总行", NameEn = "Head Office", Level = levels.Root, PeerGroup = "HQ" };
        var provinces = NationalProvinces.All;
        if (levels.Count > 3)
        {
            // Fewer 一级分行 than provinces: the largest ones, in listing order.
            var kept = provinces.OrderByDescending(p => p.Weight).Take(counts[0]).ToHashSet();
            provinces = [.. provinces.Where(kept.Contains)];
        }

        var parents = new List<(PlannedUnit Unit, Province? Province)> { (root, null) };
        var weights = new List<double> { 1 };
        var numbers = new Dictionary<(string Level, Province? Province), int>();
        for (var depth = 1; depth < levels.Count - 1; depth++)
        {
            var level = levels[depth];
            var total = depth == levels.Count - 2 ? sizes.Count : counts[depth - 1];
            var shares = LargestRemainder.Split(total, weights, minimumEach: 1);
            var next = new List<(PlannedUnit, Province?)>();
            var nextWeights = new List<double>();
            for (var p = 0; p < parents.Count; p++)
            {
                for (var c = 0; c < shares[p]; c++)
                {
                    var province = depth == 1 && level.Code == "branch" ? provinces[c] : parents[p].Province;
                    var no = numbers[(level.Code, province)] = numbers.GetValueOrDefault((level.Code, province)) + 1;
                    var unit = Unit(level, parents[p].Unit, province, no, next.Count + 1);
                    parents[p].Unit.Children.Add(unit);
                    next.Add((unit, province));
                    nextWeights.Add(province is not null && unit.Level.Code == "branch" ? province.Weight * random.Between(0.9, 1.1) : random.Between(0.6, 1.5));
                }
            }

            (parents, weights) = (next, nextWeights);
        }

        var managerNo = 0;
        for (var o = 0; o < parents.Count; o++)
        {
            var outlet = parents[o].Unit;
            var taken = new HashSet<string>(StringComparer.Ordinal);
            for (var m = 0; m < sizes[o]; m++)
            {
                var name = names.Next(taken);
                var seniority = random.NextDouble();
                var tier = seniority < 0.2 ? "A" : seniority < 0.7 ? "B" : "C";
                outlet.Children.Add(new PlannedUnit
                {
                    Code = $"M{++managerNo:D6}", NameZh = name.Zh, NameEn = name.En, Level = levels.Leaf,
                    Parent = outlet, PeerGroup = tier, Capacity = tier == "A" ? 1.35 : tier == "B" ? 1.0 : 0.7,
                });
            }
        }

        var units = OrgPlanner.PreOrder(root);
        foreach (var level in levels.Middle.Where(l => l.Code != "branch"))
        {
            OrgPlanner.AssignSizeTiers([.. units.Where(u => u.Level == level)], u => u.Capacity);
        }

        return new PlannedOrg(root, units, levels);
    }

    /// <summary>Outlet sizes in drawing order, adding up to <paramref name="managers"/>, each within 5–20.</summary>
    public static List<int> OutletSizes(int managers, SeedRandom random)
    {
        var sizes = new List<int>();
        var left = managers;
        while (left > MaxOutlet)
        {
            var u = random.NextDouble();
            var t = u < OutletMode ? Math.Sqrt(u * OutletMode) : 1 - Math.Sqrt((1 - u) * (1 - OutletMode));
            var size = Math.Min(MaxOutlet, MinOutlet + (int)(t * (MaxOutlet - MinOutlet + 1)));
            sizes.Add(size);
            left -= size;
        }

        if (left >= MinOutlet)
        {
            sizes.Add(left);
        }
        else
        {
            // Too few for an outlet of their own: one each to the first outlets with room.
            for (var i = 0; left > 0; i++)
            {
                if (sizes[i] < MaxOutlet)
                {
                    sizes[i]++;
                    left--;
                }
            }
        }

        return sizes;
    }

    /// <summary>How many units each middle level above the sub-branches has: in proportion to the managers, each at least as many as the level above (2 at least), at most as many as the level below.</summary>
    private static int[] MiddleCounts(OrgLevels levels, int managers, int outlets)
    {
        var middle = levels.Middle.Where(l => l != levels.Outlet).ToList();
        var counts = middle.Select(l => Math.Max(2, (int)Math.Round(PerHundredThousand[l.Code] * (managers / 100_000.0), MidpointRounding.AwayFromZero))).ToArray();
        if (counts.Length > 0 && middle[0].Code == "branch")
        {
            counts[0] = Math.Min(counts[0], NationalProvinces.All.Count);
        }

        var below = outlets;
        for (var i = counts.Length - 1; i >= 0; i--)
        {
            counts[i] = Math.Min(counts[i], below);
            below = counts[i];
        }

        for (var i = 1; i < counts.Length; i++)
        {
            counts[i] = Math.Max(counts[i], counts[i - 1]);
        }

        return counts;
    }

    private static PlannedUnit Unit(OrgLevel level, PlannedUnit parent, Province? province, int number, int sequence)
    {
        var (zh, en) = (province?.Stem ?? string.Empty, province is null ? string.Empty : province.StemEn + " ");
        return level.Code switch
        {
            "branch" => new PlannedUnit
            {
                Code = $"BR{sequence:D2}", NameZh = province!.NameZh, NameEn = province.NameEn, Level = level, Parent = parent, PeerGroup = province.Tier,
            },
            "branch2" => new PlannedUnit { Code = $"T{sequence:D4}", NameZh = $"{zh}二级分行{number:D2}", NameEn = $"{en}Tier-2 Branch {number:D2}", Level = level, Parent = parent },
            "county" => new PlannedUnit { Code = $"C{sequence:D5}", NameZh = $"{zh}县域支行{number:D3}", NameEn = $"{en}County Sub-branch {number:D3}", Level = level, Parent = parent },
            _ => new PlannedUnit { Code = $"SB{sequence:D5}", NameZh = $"{zh}支行{number:D4}", NameEn = $"{en}Sub-branch {number:D4}", Level = level, Parent = parent },
        };
    }
}
