using System.Globalization;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;

namespace WarRoom.Core.Seed;

/// <summary>The decomposition rule of <c>targets.csv</c>, checked once every row is read, over the arrays of exact values.</summary>
internal sealed partial class TargetsFile
{
    private void CheckDecomposition(IReadOnlyList<CampaignKpi> inPlayKpis)
    {
        var kpis = catalog.Count;
        foreach (var parent in tree.Units)
        {
            foreach (var (kpi, _) in inPlayKpis)
            {
                // The first child with a target names the line; the first without one is the gap.
                OrgUnit? withTarget = null, missing = null;
                var sum = 0m;
                foreach (var child in parent.Children)
                {
                    var cell = (child.Index * kpis) + kpi.Index;
                    if (lines[cell] == 0)
                    {
                        missing ??= child;
                        continue;
                    }

                    withTarget ??= child;
                    sum += exact[cell];
                }

                if (withTarget is null)
                {
                    continue;
                }

                if (missing is not null)
                {
                    table.Error(lines[(withTarget.Index * kpis) + kpi.Index], $"{kpi.Code}: {missing.Code} has no target although its siblings under {parent.Code} have");
                    continue;
                }

                var own = (parent.Index * kpis) + kpi.Index;
                if (kpi.IsAdditive && lines[own] != 0 && sum != exact[own])
                {
                    table.Error(lines[own], $"{kpi.Code}: the targets of {parent.Code}'s {parent.Children.Count} children add up to {sum.ToString(CultureInfo.InvariantCulture)}, not to its target {exact[own].ToString(CultureInfo.InvariantCulture)}");
                }
            }
        }
    }
}
