using System.Globalization;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Seed;

/// <summary>
/// <c>targets.csv</c>: unit,kpi,target. Targets are decomposed from HQ down, so wherever a unit's children carry
/// targets for a KPI, every child must have one and they must add up exactly to the parent's (except a ratio's:
/// a rate is set per unit, and children's rates do not add up).
/// </summary>
internal static class TargetsFile
{
    public static TargetTable Read(ISeedSource source, OrgTree tree, KpiCatalog catalog, IReadOnlyList<CampaignKpi> inPlay, List<SeedError> errors)
    {
        var table = new SeedTable(SeedFileNames.Targets, errors);
        var targets = new TargetTable(tree.Count, catalog.Count);
        var exact = new Dictionary<(int Unit, int Kpi), (decimal Value, int Line)>();
        foreach (var row in table.Rows(source, "unit", "kpi", "target"))
        {
            var f = row.Fields;
            var ok = true;
            if (!tree.TryGet(f[0], out var unit))
            {
                table.Error(row.Line, $"unknown unit '{f[0]}'");
                ok = false;
            }

            if (!catalog.TryGet(f[1], out var kpi))
            {
                table.Error(row.Line, $"unknown kpi '{f[1]}'");
                ok = false;
            }
            else if (!inPlay.Any(k => k.Kpi == kpi))
            {
                table.Error(row.Line, $"kpi '{f[1]}' is not one of the campaign's KPIs");
                ok = false;
            }

            if (!decimal.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                table.Error(row.Line, $"target '{f[2]}' is not a number");
                continue;
            }

            if (value < 0)
            {
                table.Error(row.Line, $"target {f[2]} is negative");
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            // A target finer than the KPI's decimals would be shown rounded and make the sums look wrong.
            if (decimal.Round(value, kpi.Decimals) != value)
            {
                table.Error(row.Line, $"target {f[2]} has more than {kpi.Decimals} decimal places, the precision of {kpi.Code}");
                continue;
            }

            if (exact.TryGetValue((unit.Index, kpi.Index), out var earlier))
            {
                table.Error(row.Line, $"duplicate target for {unit.Code} / {kpi.Code} (first on line {earlier.Line})");
                continue;
            }

            exact[(unit.Index, kpi.Index)] = (value, row.Line);
            targets[unit.Index, kpi.Index] = (double)value;
        }

        CheckDecomposition(table, tree, inPlay, exact);
        return targets;
    }

    private static void CheckDecomposition(SeedTable table, OrgTree tree, IReadOnlyList<CampaignKpi> inPlay, Dictionary<(int Unit, int Kpi), (decimal Value, int Line)> exact)
    {
        foreach (var parent in tree.Units)
        {
            if (parent.Children.Count == 0)
            {
                continue;
            }

            foreach (var (kpi, _) in inPlay)
            {
                var withTarget = parent.Children.Where(c => exact.ContainsKey((c.Index, kpi.Index))).ToList();
                if (withTarget.Count == 0)
                {
                    continue;
                }

                var missing = parent.Children.FirstOrDefault(c => !exact.ContainsKey((c.Index, kpi.Index)));
                if (missing is not null)
                {
                    var line = exact[(withTarget[0].Index, kpi.Index)].Line;
                    table.Error(line, $"{kpi.Code}: {missing.Code} has no target although its siblings under {parent.Code} have");
                    continue;
                }

                if (!kpi.IsAdditive || !exact.TryGetValue((parent.Index, kpi.Index), out var own))
                {
                    continue;
                }

                var sum = withTarget.Sum(c => exact[(c.Index, kpi.Index)].Value);
                if (sum != own.Value)
                {
                    table.Error(own.Line, $"{kpi.Code}: the targets of {parent.Code}'s {parent.Children.Count} children add up to {sum.ToString(CultureInfo.InvariantCulture)}, not to its target {own.Value.ToString(CultureInfo.InvariantCulture)}");
                }
            }
        }
    }
}
