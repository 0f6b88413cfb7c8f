using System.Globalization;
using WarRoom.Core.Org;

namespace WarRoom.Core.Seed;

/// <summary>
/// <c>org-levels.csv</c>: code,order,name_zh,name_en — the tree's levels, root (order 0) to managers. Optional: a
/// seed without it is the regional bank (hq, branch, subbranch, manager), so older seeds load unchanged.
/// </summary>
internal static class OrgLevelsFile
{
    public static OrgLevels? Read(ISeedSource source, List<SeedError> errors)
    {
        if (source.Read(SeedFileNames.OrgLevels) is null)
        {
            return OrgLevels.Regional;
        }

        var table = new SeedTable(SeedFileNames.OrgLevels, errors);
        var before = errors.Count;
        var rows = new List<(int Order, int Line, string Code, LocalizedText Name)>();
        foreach (var row in table.Rows(source, "code", "order", "name_zh", "name_en"))
        {
            var f = row.Fields;
            var ok = table.Required(row, 0, "code", out var code) & table.Required(row, 2, "name_zh", out var zh);
            if (!int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var order))
            {
                table.Error(row.Line, $"order '{f[1]}' must be a whole number from 0");
                ok = false;
            }

            if (code.Length > 0 && code.Any(c => c is not (>= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '-')))
            {
                table.Error(row.Line, $"code '{code}' may hold only a-z, 0-9, '_' and '-' (it is a query parameter value)");
                ok = false;
            }

            if (ok)
            {
                rows.Add((order, row.Line, code, new LocalizedText(zh, f[3])));
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        rows.Sort((a, b) => a.Order.CompareTo(b.Order));
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Order != i)
            {
                table.Error(rows[i].Line, $"orders must run 0, 1, 2, … without gaps or repeats; expected {i}, found {rows[i].Order}");
                return null;
            }

            if (rows.FindIndex(r => r.Code == rows[i].Code) != i)
            {
                table.Error(rows[i].Line, $"duplicate level code '{rows[i].Code}'");
                return null;
            }
        }

        if (rows.Count is < OrgLevels.MinDepth or > OrgLevels.MaxDepth)
        {
            table.Error(0, $"an org tree has {OrgLevels.MinDepth} to {OrgLevels.MaxDepth} levels (head office to managers), not {rows.Count}");
            return null;
        }

        return new OrgLevels([.. rows.Select(r => (r.Code, r.Name))]);
    }
}
