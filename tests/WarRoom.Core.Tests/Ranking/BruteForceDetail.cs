using System.Globalization;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>Unit detail by the brute force, in the same text shape as <see cref="Actual"/> renders the engine's.</summary>
internal static class BruteForceDetail
{
    public static string ExpectedDetail(this BruteForce f, OrgUnit unit, DateTimeOffset now)
    {
        var days = f.Days(RankWindow.CampaignToDate, f.Day(now));
        var tp = f.Campaign.TimeProgress(now);
        IReadOnlyList<OrgUnit> siblings = unit.Parent?.Children ?? [unit];
        var score = f.Score(unit, days);
        int? scoreRank = unit.Parent is null ? null
            : 1 + siblings.Count(s => f.Score(s, days) is { } o && (score is not { } own || o > own));
        var ahead = unit.Children.Count(c => f.Score(c, days) / 100 >= tp);
        var unscored = unit.Children.Count(c => f.Score(c, days) is null);
        var weights = f.Campaign.Kpis.Where(k => f.Target(unit, k.Kpi) is not null).Sum(k => k.Weight);
        var lines = new List<string> { Header(score, scoreRank, siblings.Count, unit.Children.Count, ahead, unscored, f.LastEvent(unit)) };
        foreach (var k in f.Campaign.Kpis)
        {
            var lower = k.Kpi.Direction == KpiDirection.LowerIsBetter;
            bool Better(double a, double b) => lower ? a < b : a > b;
            var c = f.Completion(unit, k.Kpi, days);
            int? rank = unit.Parent is null ? null
                : 1 + siblings.Count(s => f.Completion(s, k.Kpi, days) is { } o && (c is not { } own || Better(o, own)));
            double? contribution = c is { } cc ? k.Weight * Math.Clamp(lower ? 2 - cc : cc, 0, f.Campaign.ScoreCap) * 100 / weights : null;
            var childrenAhead = unit.Children.Count(ch => f.Completion(ch, k.Kpi, days) is { } o && (lower ? o <= tp : o >= tp));
            lines.Add(Kpi(k.Kpi.Code, f.Value(unit, k.Kpi, days) / 10_000.0, f.Target(unit, k.Kpi), c, c - tp, rank, contribution, childrenAhead));
        }

        return string.Join("\n", lines);
    }

    public static string Actual(UnitDetail d)
    {
        var lines = new List<string> { Header(d.Score, d.ScoreRank, d.SiblingCount, d.Children.Count, d.Children.AheadOfTimeProgress, d.Children.WithoutScore, d.LastEventTime) };
        lines.AddRange(d.Kpis.Select(k => Kpi(k.Kpi.Code, k.Value, k.Target, k.Completion, k.Pace, k.SiblingRank, k.Contribution, k.ChildrenAhead)));
        return string.Join("\n", lines);
    }

    private static string Header(double? score, int? rank, int siblings, int children, int ahead, int unscored, DateTimeOffset? last) =>
        string.Create(CultureInfo.InvariantCulture, $"score={score:R} rank={rank}/{siblings} children={children} ahead={ahead} unscored={unscored} last={last:O}");

    private static string Kpi(string code, double value, double? target, double? completion, double? pace, int? rank, double? contribution, int ahead) =>
        string.Create(CultureInfo.InvariantCulture, $"{code} v={value:R} t={target:R} c={completion:R} p={pace:R} rank={rank} share={contribution:R} ahead={ahead}");
}
