using System.Globalization;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>Rankings by the brute force: rank = 1 + the number of units strictly better, rows by rank then code.</summary>
internal static class BruteForceRanking
{
    public static string Expected(this BruteForce f, RankingQuery q, DateTimeOffset now)
    {
        var today = f.Day(now);
        var kpi = f.Metric(q.Metric);
        var days = f.Days(q.Window, today);
        var ranks = f.Ranks(q, kpi, days);
        Dictionary<OrgUnit, int>? before = null;
        var midnight = f.Midnight(today);
        if (midnight > f.Campaign.Start)
        {
            before = f.Ranks(q, kpi, f.Days(q.Window, today.AddDays(-1)));
        }

        var reference = f.PaceReference(kpi, days, now);
        var rows = ranks.OrderBy(p => p.Value).ThenBy(p => p.Key.Code, StringComparer.Ordinal).Take(q.Top ?? int.MaxValue)
            .Select(p => Row(f, kpi, p.Key, p.Value, days, reference, before?[p.Key] - p.Value));
        return Format(ranks.Count, f.Campaign.TimeProgress(now), reference, rows);
    }

    public static string Format(int total, double tp, double reference, IEnumerable<string> rows) =>
        string.Join("\n", rows.Prepend(string.Create(CultureInfo.InvariantCulture, $"total={total} tp={tp:R} ref={reference:R}")));

    public static string Row(int rank, string unit, double? value, double? target, double? completion, double? pace, double? score, int? change) =>
        string.Create(CultureInfo.InvariantCulture, $"{rank} {unit} v={value:R} t={target:R} c={completion:R} p={pace:R} s={score:R} Δ={change}");

    private static Dictionary<OrgUnit, int> Ranks(this BruteForce f, RankingQuery q, Kpi? kpi, (DateOnly From, DateOnly To) days)
    {
        var units = f.Candidates(q);
        var keys = units.ToDictionary(u => u, u => f.SortKey(q, kpi, u, days));

        // a is better than b: both have a key and a's is larger (sort keys are negated for lower-is-better).
        return units.ToDictionary(u => u, u => 1 + units.Count(v => keys[v] is { } kv && (keys[u] is not { } ku || kv > ku)));
    }

    private static List<OrgUnit> Candidates(this BruteForce f, RankingQuery q)
    {
        var all = new List<OrgUnit>();
        var stack = new Stack<OrgUnit>([q.Scope]);
        while (stack.Count > 0)
        {
            var u = stack.Pop();
            if (u.Level == q.Level && (q.PeerGroup is null || u.PeerGroup == q.PeerGroup))
            {
                all.Add(u);
            }

            foreach (var c in u.Children)
            {
                stack.Push(c);
            }
        }

        return all;
    }

    /// <summary>Bigger is better; null ranks last. Pace ranks like completion (same time progress for every row).</summary>
    private static double? SortKey(this BruteForce f, RankingQuery q, Kpi? kpi, OrgUnit u, (DateOnly, DateOnly) days)
    {
        if (kpi is null)
        {
            return f.Score(u, days);
        }

        var sign = kpi.Direction == KpiDirection.LowerIsBetter ? -1.0 : 1.0;
        if (q.Basis == RankBasis.Value)
        {
            return sign * f.Value(u, kpi, days); // the generated sums stay far below 2^53: exact as doubles
        }

        return sign * f.Completion(u, kpi, days);
    }

    private static double PaceReference(this BruteForce f, Kpi? kpi, (DateOnly From, DateOnly To) days, DateTimeOffset now)
    {
        if (days.From > days.To)
        {
            return 0;
        }

        var start = f.Midnight(days.From) > f.Campaign.Start ? f.Midnight(days.From) : f.Campaign.Start;
        var end = f.Midnight(days.To.AddDays(1)) < now ? f.Midnight(days.To.AddDays(1)) : now;
        var atEnd = f.Campaign.TimeProgress(end);
        var elapsed = end > start ? atEnd - f.Campaign.TimeProgress(start) : 0;
        return kpi?.Aggregation == KpiAggregation.Latest ? atEnd : elapsed;
    }

    private static string Row(BruteForce f, Kpi? kpi, OrgUnit u, int rank, (DateOnly, DateOnly) days, double reference, int? change)
    {
        if (kpi is null)
        {
            var s = f.Score(u, days);
            return Row(rank, u.Code, s, null, s / 100, s / 100 - reference, s, change);
        }

        var value = f.Value(u, kpi, days) / 10_000.0;
        var c = f.Completion(u, kpi, days);
        return Row(rank, u.Code, value, f.Target(u, kpi), c, c - reference, null, change);
    }
}
