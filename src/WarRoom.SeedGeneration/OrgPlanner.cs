using WarRoom.Core.Org;

namespace WarRoom.SeedGeneration;

/// <summary>
/// Plans the bank: HQ, the twelve branches, sub-branches shared out by branch tier (at least one each), managers
/// shared out by sub-branch size (at least one each). Sub-branch peer groups are size tertiles (A the largest
/// third by manager count); manager peer groups are seniority tiers (A senior 20%, B 50%, C junior 30%).
/// </summary>
internal static class OrgPlanner
{
    public static PlannedOrg Plan(SeedGeneratorOptions options)
    {
        var random = new SeedRandom(options.Seed, "org");
        var names = new ChineseNameGenerator(new SeedRandom(options.Seed, "names"));
        var cities = BankCities.All;
        var root = new PlannedUnit { Code = "HQ", NameZh = "总行", NameEn = "Head Office", Level = OrgLevel.Hq, PeerGroup = "HQ" };

        var branchWeights = cities.Select(c => BankCities.TierFactor(c.Tier) * random.Between(0.9, 1.1)).ToList();
        var subBranchCounts = LargestRemainder.Split(options.EffectiveSubBranches, branchWeights, minimumEach: 1);

        var subBranches = new List<PlannedUnit>();
        var sizeWeights = new List<double>();
        for (var b = 0; b < cities.Count; b++)
        {
            var city = cities[b];
            var branch = new PlannedUnit
            {
                Code = $"BR{b + 1:D2}", NameZh = city.NameZh + "分行", NameEn = city.NameEn + " Branch",
                Level = OrgLevel.Branch, Parent = root, PeerGroup = city.Tier,
            };
            root.Children.Add(branch);
            for (var s = 0; s < subBranchCounts[b]; s++)
            {
                var subBranch = SubBranch(branch, city, s);
                branch.Children.Add(subBranch);
                subBranches.Add(subBranch);

                // Sub-branches in big cities are bigger on average; within a city they range about 2.5 : 1.
                sizeWeights.Add(StaffFactor(city.Tier) * random.Between(0.6, 1.5));
            }
        }

        var managerCounts = LargestRemainder.Split(options.Managers, sizeWeights, minimumEach: 1);
        var managerNo = 0;
        for (var s = 0; s < subBranches.Count; s++)
        {
            var taken = new HashSet<string>(StringComparer.Ordinal);
            for (var m = 0; m < managerCounts[s]; m++)
            {
                var name = names.Next(taken);
                var seniority = random.NextDouble();
                var tier = seniority < 0.2 ? "A" : seniority < 0.7 ? "B" : "C";
                subBranches[s].Children.Add(new PlannedUnit
                {
                    Code = $"M{++managerNo:D5}", NameZh = name.Zh, NameEn = name.En, Level = OrgLevel.Manager,
                    Parent = subBranches[s], PeerGroup = tier, Capacity = tier == "A" ? 1.35 : tier == "B" ? 1.0 : 0.7,
                });
            }
        }

        AssignSizeTiers(subBranches, s => s.Children.Count);
        return new PlannedOrg(root, PreOrder(root), OrgLevels.Regional);
    }

    private static PlannedUnit SubBranch(PlannedUnit branch, BranchCity city, int sequence)
    {
        // Past the city's district list, a district gets a second (third …) sub-branch: 北京朝阳第二支行.
        var district = city.Districts[sequence % city.Districts.Count];
        var round = (sequence / city.Districts.Count) + 1;
        return new PlannedUnit
        {
            Code = $"SB{branch.Code[2..]}{sequence + 1:D2}",
            NameZh = city.NameZh + district.NameZh + (round > 1 ? "第" + ChineseNumeral(round) : string.Empty) + "支行",
            NameEn = $"{city.NameEn} {district.NameEn} Sub-branch" + (round > 1 ? $" No. {round}" : string.Empty),
            Level = OrgLevel.SubBranch,
            Parent = branch,
        };
    }

    private static double StaffFactor(string tier) => tier switch
    {
        "A" => 1.15,
        "B" => 1.0,
        _ => 0.9,
    };

    /// <summary>Peer groups by size tertile: A the largest third by <paramref name="size"/>, ties by code.</summary>
    public static void AssignSizeTiers(List<PlannedUnit> subBranches, Func<PlannedUnit, double> size)
    {
        var bySize = subBranches.OrderByDescending(size).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
        for (var i = 0; i < bySize.Count; i++)
        {
            bySize[i].PeerGroup = ((i * 3) / bySize.Count) switch
            {
                0 => "A",
                1 => "B",
                _ => "C",
            };
        }
    }

    /// <summary>Every unit in file order; sets each unit's index and each parent's capacity (the sum of its children's).</summary>
    public static List<PlannedUnit> PreOrder(PlannedUnit root)
    {
        var order = new List<PlannedUnit>();
        Visit(root);
        return order;

        double Visit(PlannedUnit unit)
        {
            unit.Index = order.Count;
            order.Add(unit);
            if (unit.Children.Count > 0)
            {
                unit.Capacity = unit.Children.Sum(Visit);
            }

            return unit.Capacity;
        }
    }

    private static string ChineseNumeral(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n >= 100)
        {
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var tens = n / 10;
        var ones = n % 10;
        var text = tens switch
        {
            0 => string.Empty,
            1 => "十",
            _ => digits[tens] + "十",
        };

        return ones == 0 && tens > 0 ? text : text + digits[ones];
    }
}
