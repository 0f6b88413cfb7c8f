using WarRoom.Core.Dimensions;

namespace WarRoom.Core.Seed;

/// <summary>
/// <c>dimensions.csv</c> (optional; without it events take no tags): dimension,value,name_zh,name_en. A row with an
/// empty value names the dimension itself and comes before its values.
/// </summary>
internal static class DimensionsFile
{
    /// <summary>Names the stores already use for an event's own tags, fields and columns.</summary>
    private static readonly HashSet<string> Reserved = ["unit", "kpi", "branch", "subbranch", "id", "value", "seq", "t", "time", "tags"];

    public static DimensionCatalog Read(ISeedSource source, List<SeedError> errors)
    {
        if (source.Read(SeedFileNames.Dimensions) is null)
        {
            return DimensionCatalog.Empty;
        }

        var table = new SeedTable(SeedFileNames.Dimensions, errors);
        var declared = new List<(string Code, LocalizedText Name, List<(string, LocalizedText)> Values)>();
        foreach (var row in table.Rows(source, "dimension", "value", "name_zh", "name_en"))
        {
            var f = row.Fields;
            if (!table.Required(row, 0, "dimension", out var code) || !table.Required(row, 2, "name_zh", out var zh))
            {
                continue;
            }

            if (!IsCode(code) || Reserved.Contains(code))
            {
                table.Error(row.Line, Reserved.Contains(code)
                    ? $"dimension '{code}' is a reserved name ({string.Join(", ", Reserved)})"
                    : $"dimension '{code}' must be lower-case letters, digits and _, starting with a letter (it names a tag and a column)");
                continue;
            }

            var name = new LocalizedText(zh, f[3]);
            var dimension = declared.FindIndex(d => d.Code == code);
            if (f[1].Length == 0)
            {
                if (dimension >= 0)
                {
                    table.Error(row.Line, $"dimension '{code}' is declared twice");
                }
                else
                {
                    declared.Add((code, name, []));
                }
            }
            else if (dimension < 0)
            {
                table.Error(row.Line, $"value '{f[1]}' of dimension '{code}' comes before the row declaring '{code}' (value left empty)");
            }
            else if (declared[dimension].Values.Exists(v => v.Item1 == f[1]))
            {
                table.Error(row.Line, $"value '{f[1]}' of dimension '{code}' is declared twice");
            }
            else
            {
                declared[dimension].Values.Add((f[1], name));
            }
        }

        if (declared.Count > EventTags.MaxDimensions || declared.Exists(d => d.Values.Count is 0 or > EventTags.MaxValues))
        {
            table.Error(0, $"each of at most {EventTags.MaxDimensions} dimensions needs 1 to {EventTags.MaxValues} values");
            return DimensionCatalog.Empty;
        }

        return errors.Count > 0 ? DimensionCatalog.Empty : new DimensionCatalog(declared.Select((d, i) => new Dimension(d.Code, d.Name, i, d.Values)));
    }

    private static bool IsCode(string code) =>
        code.Length is > 0 and <= 32 && code[0] is >= 'a' and <= 'z' && code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
