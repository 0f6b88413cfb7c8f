using System.Globalization;
using WarRoom.Core.Kpis;

namespace WarRoom.Core.Seed;

/// <summary>
/// <c>kpis.csv</c>: code,name_zh,name_en,unit,aggregation,direction,weight,big_deal,decimals,integer,min_event,max_event
/// (the last three say what one event's value may be), then optionally numerator,denominator (the two KPIs a
/// <c>ratio</c> divides; empty for the others).
/// </summary>
internal static class KpisFile
{
    public static List<Kpi> Read(ISeedSource source, List<SeedError> errors)
    {
        var table = new SeedTable(SeedFileNames.Kpis, errors);
        var kpis = new List<Kpi>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] header = ["code", "name_zh", "name_en", "unit", "aggregation", "direction", "weight", "big_deal", "decimals", "integer", "min_event", "max_event"];
        foreach (var row in table.Rows(source, header, ["numerator", "denominator"]))
        {
            var f = row.Fields;
            var ok = table.Required(row, 0, "code", out var code)
                & table.Required(row, 1, "name_zh", out var nameZh)
                & table.Required(row, 2, "name_en", out var nameEn)
                & table.Required(row, 3, "unit", out var unit)
                & table.Number(row, 6, "weight", out var weight)
                & table.Number(row, 7, "big_deal", out var bigDeal)
                & table.Number(row, 10, "min_event", out var minEvent)
                & table.Number(row, 11, "max_event", out var maxEvent);
            if (code.Length > 0 && lines.TryGetValue(code, out var firstLine))
            {
                table.Error(row.Line, $"duplicate code '{code}' (first on line {firstLine})");
                ok = false;
            }

            var aggregation = Enum.GetValues<KpiAggregation>().FirstOrDefault(a => Kpi.Wire(a) == f[4], (KpiAggregation)(-1));
            if (aggregation < 0)
            {
                table.Error(row.Line, $"aggregation '{f[4]}' must be 'sum', 'latest', 'ratio' or 'daily_average'");
                ok = false;
            }
            else if (aggregation == KpiAggregation.Ratio && (f[12].Length == 0 || f[13].Length == 0))
            {
                table.Error(row.Line, "a ratio KPI names both its numerator and its denominator");
                ok = false;
            }
            else if (aggregation != KpiAggregation.Ratio && f[12].Length + f[13].Length > 0)
            {
                table.Error(row.Line, $"only a ratio KPI names a numerator or denominator ('{f[4]}' does not)");
                ok = false;
            }

            KpiDirection direction = default;
            if (f[5] is "higher" or "lower")
            {
                direction = f[5] == "higher" ? KpiDirection.HigherIsBetter : KpiDirection.LowerIsBetter;
            }
            else
            {
                table.Error(row.Line, $"direction '{f[5]}' must be 'higher' or 'lower'");
                ok = false;
            }

            if (weight < 0)
            {
                table.Error(row.Line, $"weight {f[6]} is negative");
                ok = false;
            }

            if (bigDeal < 0)
            {
                table.Error(row.Line, $"big_deal {f[7]} is negative");
                ok = false;
            }

            if (!int.TryParse(f[8], NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) || decimals is < 0 or > 4)
            {
                table.Error(row.Line, $"decimals '{f[8]}' must be a whole number from 0 to 4");
                ok = false;
            }

            if (f[9] is not ("true" or "false"))
            {
                table.Error(row.Line, $"integer '{f[9]}' must be 'true' or 'false'");
                ok = false;
            }

            if (ok && minEvent >= maxEvent)
            {
                table.Error(row.Line, $"min_event {f[10]} must be below max_event {f[11]}");
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            lines[code] = row.Line;
            kpis.Add(new Kpi
            {
                Code = code, NameZh = nameZh, NameEn = nameEn, Unit = unit, Aggregation = aggregation,
                Direction = direction, Weight = (double)weight, BigDeal = (double)bigDeal, Decimals = decimals,
                Integer = f[9] == "true", MinEvent = (double)minEvent, MaxEvent = (double)maxEvent,
                NumeratorCode = f[12].Length > 0 ? f[12] : null, DenominatorCode = f[13].Length > 0 ? f[13] : null,
            });
        }

        CheckRatios(table, kpis, lines);
        return kpis;
    }

    /// <summary>A ratio divides two KPIs of the catalogue that take events themselves (a ratio of ratios has no Σ).</summary>
    private static void CheckRatios(SeedTable table, List<Kpi> kpis, Dictionary<string, int> lines)
    {
        var byCode = kpis.ToDictionary(k => k.Code, StringComparer.Ordinal);
        foreach (var kpi in kpis.Where(k => k.Aggregation == KpiAggregation.Ratio).ToList())
        {
            foreach (var (role, code) in new[] { ("numerator", kpi.NumeratorCode!), ("denominator", kpi.DenominatorCode!) })
            {
                var problem = !byCode.TryGetValue(code, out var other) ? $"{role} '{code}' is not a KPI of the catalogue"
                    : other.Aggregation == KpiAggregation.Ratio ? $"{role} '{code}' is itself a ratio"
                    : null;
                if (problem is not null)
                {
                    table.Error(lines[kpi.Code], problem);
                    kpis.Remove(kpi);
                    break;
                }
            }
        }
    }
}
