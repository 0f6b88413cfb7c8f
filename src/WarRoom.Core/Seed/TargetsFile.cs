using System.Globalization;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Seed;

/// <summary>
/// <c>targets.csv</c>: unit,kpi,target. Targets are decomposed from HQ down, so wherever a unit's children carry
/// targets for a KPI, every child must have one and they must add up exactly to the parent's (except a ratio's:
/// a rate is set per unit, and children's rates do not add up). A national bank has 1.5 M rows, read at every start
/// for this campaign and again for last year's: rows are parsed without a string per field (<see cref="PlainCsv"/>)
/// and the exact values kept in arrays by unit and KPI, not in a dictionary.
/// </summary>
internal sealed partial class TargetsFile
{
    private static readonly string[] Header = ["unit", "kpi", "target"];
    private readonly SeedTable table;
    private readonly OrgTree tree;
    private readonly KpiCatalog catalog;
    private readonly bool[] inPlay;
    private readonly TargetTable targets;
    private readonly decimal[] exact;
    private readonly int[] lines;

    private TargetsFile(SeedTable table, OrgTree tree, KpiCatalog catalog, IReadOnlyList<CampaignKpi> inPlay)
    {
        (this.table, this.tree, this.catalog) = (table, tree, catalog);
        this.inPlay = new bool[catalog.Count];
        foreach (var k in inPlay)
        {
            this.inPlay[k.Kpi.Index] = true;
        }

        targets = new TargetTable(tree.Count, catalog.Count);
        exact = new decimal[tree.Count * catalog.Count];
        lines = new int[exact.Length];
    }

    public static TargetTable Read(ISeedSource source, OrgTree tree, KpiCatalog catalog, IReadOnlyList<CampaignKpi> inPlay, List<SeedError> errors)
    {
        var table = new SeedTable(SeedFileNames.Targets, errors);
        var file = new TargetsFile(table, tree, catalog, inPlay);
        var text = source.Read(table.File);
        if (text is not null && PlainCsv.Applies(text))
        {
            PlainCsv.Read(text, table, Header, file.Take);
        }
        else
        {
            var again = text is null ? source : new InMemorySeedSource(new Dictionary<string, string> { [table.File] = text });
            foreach (var row in table.Rows(again, Header))
            {
                file.Take(row.Line, row.Fields[0], row.Fields[1], row.Fields[2]);
            }
        }

        file.CheckDecomposition(inPlay);
        return file.targets;
    }

    private void Take(int line, ReadOnlySpan<char> unitCode, ReadOnlySpan<char> kpiCode, ReadOnlySpan<char> target)
    {
        var ok = true;
        if (!tree.TryGet(unitCode, out var unit))
        {
            table.Error(line, $"unknown unit '{unitCode}'");
            ok = false;
        }

        if (!catalog.TryGet(kpiCode, out var kpi))
        {
            table.Error(line, $"unknown kpi '{kpiCode}'");
            ok = false;
        }
        else if (!inPlay[kpi.Index])
        {
            table.Error(line, $"kpi '{kpiCode}' is not one of the campaign's KPIs");
            ok = false;
        }

        if (!decimal.TryParse(target, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            table.Error(line, $"target '{target}' is not a number");
            return;
        }

        if (value < 0)
        {
            table.Error(line, $"target {target} is negative");
            ok = false;
        }

        if (!ok)
        {
            return;
        }

        // A target finer than the KPI's decimals would be shown rounded and make the sums look wrong.
        if (decimal.Round(value, kpi.Decimals) != value)
        {
            table.Error(line, $"target {target} has more than {kpi.Decimals} decimal places, the precision of {kpi.Code}");
            return;
        }

        var cell = (unit.Index * catalog.Count) + kpi.Index;
        if (lines[cell] != 0)
        {
            table.Error(line, $"duplicate target for {unit.Code} / {kpi.Code} (first on line {lines[cell]})");
            return;
        }

        (exact[cell], lines[cell]) = (value, line);
        targets[unit.Index, kpi.Index] = (double)value;
    }
}
