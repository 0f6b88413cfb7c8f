using System.Globalization;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;

namespace WarRoom.SeedGeneration;

/// <summary>Writes the generated plan as the CSV seed files, in the formats the readers in <c>Seed/*File.cs</c> expect.</summary>
internal static class SeedCsvFiles
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string OrgUnits(PlannedOrg org)
    {
        var csv = new CsvBuilder("code", "name", "name_en", "level", "parent", "peer_group");
        foreach (var u in org.Units)
        {
            csv.Row(u.Code, u.NameZh, u.NameEn, u.Level.ToWire(), u.Parent?.Code ?? string.Empty, u.PeerGroup);
        }

        return csv.ToString();
    }

    public static string OrgLevels(OrgLevels levels)
    {
        var csv = new CsvBuilder("code", "order", "name_zh", "name_en");
        foreach (var l in levels)
        {
            csv.Row(l.Code, Number(l.Depth), l.Name.Zh, l.Name.En);
        }

        return csv.ToString();
    }

    public static string Kpis(IReadOnlyList<KpiSpec> kpis)
    {
        var csv = new CsvBuilder("code", "name_zh", "name_en", "unit", "aggregation", "direction", "weight", "big_deal", "decimals", "integer", "min_event", "max_event", "numerator", "denominator");
        foreach (var k in kpis)
        {
            csv.Row(k.Code, k.NameZh, k.NameEn, k.Unit, k.Aggregation, "higher", Number(k.Weight), Number(k.BigDeal), Number(k.Decimals),
                k.Integer ? "true" : "false", Number(k.MinEvent), Number(k.MaxEvent), k.Numerator ?? string.Empty, k.Denominator ?? string.Empty);
        }

        return csv.ToString();
    }

    public static string Calendar(IReadOnlyList<CalendarDay> days)
    {
        var csv = new CsvBuilder("date", "kind", "name_zh", "name_en", "assumed");
        foreach (var d in days.OrderBy(d => d.Date))
        {
            csv.Row(
                d.Date.ToString("yyyy-MM-dd", Invariant), d.Kind == CalendarDayKind.Holiday ? "holiday" : "workday",
                d.NameZh, d.NameEn, d.Assumed ? "true" : "false");
        }

        return csv.ToString();
    }

    public static string Targets(PlannedOrg org, IReadOnlyList<KpiSpec> kpis, long[,] steps)
    {
        var csv = new CsvBuilder("unit", "kpi", "target");
        foreach (var u in org.Units)
        {
            for (var k = 0; k < kpis.Count; k++)
            {
                csv.Row(u.Code, kpis[k].Code, Amount(steps[u.Index, k], kpis[k]));
            }
        }

        return csv.ToString();
    }

    public static string Events(IReadOnlyList<SampleEvent> events)
    {
        var csv = new CsvBuilder("id", "time", "unit", "kpi", "value");
        foreach (var e in events)
        {
            csv.Row(e.Id, e.Time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", Invariant), e.Unit, e.Kpi.Code, Fixed(e.Value, e.Kpi.Decimals));
        }

        return csv.ToString();
    }

    /// <summary>A target in whole steps written with exactly the KPI's decimals (12345 steps of 0.01 → 123.45).</summary>
    public static string Amount(long steps, KpiSpec kpi) => Fixed(steps / (decimal)kpi.Scale, kpi.Decimals);

    private static string Fixed(decimal value, int decimals) => value.ToString("F" + decimals.ToString(Invariant), Invariant);

    private static string Number(decimal value) => value.ToString(Invariant);

    private static string Number(int value) => value.ToString(Invariant);
}
