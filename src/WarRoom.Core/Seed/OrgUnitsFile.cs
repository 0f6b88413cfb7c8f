using WarRoom.Core.Org;

namespace WarRoom.Core.Seed;

/// <summary>
/// <c>org-units.csv</c>: code,name,name_en,level,parent,peer_group — parents may come after children; a level is a
/// code of the seed's levels (<see cref="OrgLevelsFile"/>) and a unit sits one level below its parent.
/// </summary>
internal static class OrgUnitsFile
{
    public static OrgTree? Read(ISeedSource source, OrgLevels levels, List<SeedError> errors)
    {
        var table = new SeedTable(SeedFileNames.OrgUnits, errors);
        var before = errors.Count;
        var units = new List<OrgUnit>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows(source, "code", "name", "name_en", "level", "parent", "peer_group"))
        {
            var f = row.Fields;
            var ok = table.Required(row, 0, "code", out var code)
                & table.Required(row, 1, "name", out var name)
                & table.Required(row, 5, "peer_group", out var peerGroup);
            if (code.Length > 0 && lines.TryGetValue(code, out var firstLine))
            {
                table.Error(row.Line, $"duplicate code '{code}' (first on line {firstLine})");
                continue;
            }

            if (!levels.TryParse(f[3], out var level))
            {
                table.Error(row.Line, $"level '{f[3]}' must be {levels.Describe()}");
                ok = false;
            }
            else if (level.IsRoot != (f[4].Length == 0))
            {
                table.Error(row.Line, level.IsRoot ? $"{level.Code} must have no parent" : $"{f[3]} '{code}' has no parent");
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            lines[code] = row.Line;
            units.Add(new OrgUnit
            {
                Code = code, Name = name, NameEn = f[2].Length > 0 ? f[2] : null, Level = level,
                ParentCode = f[4].Length > 0 ? f[4] : null, PeerGroup = peerGroup,
            });
        }

        if (units.Count == 0)
        {
            // A header-only file must fail here: OrgTree.Build cannot make a tree without a root.
            if (errors.Count == before)
            {
                table.Error(0, "no units (the file has a header but no rows)");
            }

            return null;
        }

        CheckStructure(table, units, lines);
        return errors.Count == before ? OrgTree.Build(units) : null;
    }

    private static void CheckStructure(SeedTable table, List<OrgUnit> units, Dictionary<string, int> lines)
    {
        var byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var roots = units.Where(u => u.ParentCode is null).ToList();
        if (roots.Count != 1)
        {
            table.Error(roots.Count == 0 ? 0 : lines[roots[1].Code], roots.Count == 0 ? "no hq unit (a unit with no parent)" : $"more than one hq: {string.Join(", ", roots.Select(r => r.Code))}");
        }

        foreach (var unit in units)
        {
            if (unit.ParentCode is null)
            {
                continue;
            }

            if (!byCode.TryGetValue(unit.ParentCode, out var parent))
            {
                table.Error(lines[unit.Code], $"unknown parent '{unit.ParentCode}' of '{unit.Code}'");
            }
            else if (parent.Level.Below != unit.Level && !InCycle(unit, byCode))
            {
                table.Error(lines[unit.Code], $"'{unit.Code}' is a {unit.Level.ToWire()} but its parent '{parent.Code}' is a {parent.Level.ToWire()}");
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (reported.Contains(unit.Code) || !InCycle(unit, byCode))
            {
                continue;
            }

            var cycle = new List<string> { unit.Code };
            for (var p = byCode[unit.ParentCode!]; p != unit; p = byCode[p.ParentCode!])
            {
                cycle.Add(p.Code);
            }

            reported.UnionWith(cycle);
            table.Error(lines[unit.Code], $"cycle in parents: {string.Join(" → ", cycle)} → {unit.Code}");
        }
    }

    private static bool InCycle(OrgUnit unit, Dictionary<string, OrgUnit> byCode)
    {
        var seen = new HashSet<OrgUnit>();
        for (var u = unit; u.ParentCode is not null && byCode.TryGetValue(u.ParentCode, out var p); u = p)
        {
            if (p == unit)
            {
                return true;
            }

            if (!seen.Add(p))
            {
                return false;
            }
        }

        return false;
    }
}
