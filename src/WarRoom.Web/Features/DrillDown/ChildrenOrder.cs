using System.Globalization;
using WarRoom.Web.Features.Rankings;

namespace WarRoom.Web.Features.DrillDown;

/// <summary>Orders ranking rows by a column. Missing figures go last either way; ties keep rank, then code.</summary>
public static class ChildrenOrder
{
    // Chinese names in pinyin order (ICU's zh collation), not in code-point order.
    private static readonly StringComparer Names = StringComparer.Create(CultureInfo.GetCultureInfo("zh-CN"), ignoreCase: true);

    public static IReadOnlyList<RankingRowDto> Apply(IEnumerable<RankingRowDto> rows, string key, bool descending)
    {
        var ordered = key switch
        {
            "name" => Text(rows, r => r.Name, Names, descending),
            "code" => Text(rows, r => r.Unit, StringComparer.Ordinal, descending),
            "value" => Figure(rows, r => r.Value, descending),
            "target" => Figure(rows, r => r.Target, descending),
            "completion" => Figure(rows, r => r.Completion, descending),
            "pace" => Figure(rows, r => r.Pace, descending),
            "change" => Figure(rows, r => r.RankChange, descending),
            "forecast" => Figure(rows, r => r.ForecastCompletion, descending),
            "lastYear" => Figure(rows, r => r.LastYearCompletion, descending),
            _ => Figure(rows, r => r.Rank, descending),
        };
        return [.. ordered.ThenBy(r => r.Rank).ThenBy(r => r.Unit, StringComparer.Ordinal)];
    }

    private static IOrderedEnumerable<RankingRowDto> Text(IEnumerable<RankingRowDto> rows, Func<RankingRowDto, string> key, StringComparer comparer, bool descending) =>
        descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);

    private static IOrderedEnumerable<RankingRowDto> Figure(IEnumerable<RankingRowDto> rows, Func<RankingRowDto, double?> key, bool descending)
    {
        var missingLast = rows.OrderBy(r => key(r) is null);
        return descending ? missingLast.ThenByDescending(key) : missingLast.ThenBy(key);
    }
}
