namespace WarRoom.Web.Features.Snapshots.Compare;

/// <summary>Computes a <see cref="ComparisonDto"/> from two stored snapshots of the same scope (no live figures).</summary>
public static class SnapshotComparison
{
    public const int DefaultTop = 10;

    public static ComparisonDto Compare(SnapshotDto from, SnapshotDto to, int top = DefaultTop)
    {
        var lowerIsBetter = to.Kpis.Where(k => k.Direction == "lower").Select(k => k.Code).ToHashSet(StringComparer.Ordinal);
        var totals = to.Totals.Kpis
            .Select(t => (To: t, From: from.Totals.Kpis.FirstOrDefault(f => f.Kpi == t.Kpi)))
            .Where(p => p.From is not null)
            .Select(p => new TotalDeltaDto(
                p.To.Kpi, p.From!.Value, p.To.Value, Round(p.To.Value - p.From.Value, 4),
                p.From.Completion, p.To.Completion, Delta(p.From.Completion, p.To.Completion, 6)));
        var levels = to.Levels
            .Select(level => (To: level, From: from.Level(level.Level)))
            .Where(p => p.From is not null)
            .Select(p => CompareLevel(p.From!, p.To, lowerIsBetter, top));
        return new ComparisonDto(
            Ref(from), Ref(to), to.Scope.Code, from.Totals.Score, to.Totals.Score, Delta(from.Totals.Score, to.Totals.Score, 4),
            [.. totals], [.. levels]);
    }

    /// <summary>Whether a completion meets its target: at least 100 %, or at most 100 % for a lower-is-better KPI.</summary>
    public static bool Meets(double completion, bool lowerIsBetter) => lowerIsBetter ? completion <= 1 : completion >= 1;

    private static LevelComparisonDto CompareLevel(SnapshotLevelDto from, SnapshotLevelDto to, HashSet<string> lowerIsBetter, int top)
    {
        var before = from.Rows.ToDictionary(r => r.Unit, StringComparer.Ordinal);
        var units = new List<UnitDeltaDto>(to.Rows.Count);
        var crossed = new List<TargetCrossingDto>();
        foreach (var row in to.Rows)
        {
            if (!before.TryGetValue(row.Unit, out var old))
            {
                continue;
            }

            var kpis = new List<KpiDeltaDto>(row.Kpis.Count);
            foreach (var cell in row.Kpis)
            {
                if (old.Kpi(cell.Kpi) is not { } was)
                {
                    continue;
                }

                kpis.Add(new KpiDeltaDto(cell.Kpi, was.Value, cell.Value, Round(cell.Value - was.Value, 4), was.Completion, cell.Completion,
                    was.Rank, cell.Rank, was.Rank - cell.Rank));
                var lower = lowerIsBetter.Contains(cell.Kpi);
                if (was.Completion is { } c0 && cell.Completion is { } c1 && !Meets(c0, lower) && Meets(c1, lower))
                {
                    crossed.Add(new TargetCrossingDto(row.Unit, row.Name, row.NameEn, cell.Kpi, c0, c1));
                }
            }

            units.Add(new UnitDeltaDto(row.Unit, row.Name, row.NameEn, old.Composite.Rank, row.Composite.Rank, old.Composite.Rank - row.Composite.Rank,
                old.Composite.Score, row.Composite.Score, Delta(old.Composite.Score, row.Composite.Score, 4), kpis));
        }

        var climbers = units.Where(u => u.RankDelta > 0).OrderByDescending(u => u.RankDelta).ThenBy(u => u.RankTo).Take(top);
        var fallers = units.Where(u => u.RankDelta < 0).OrderBy(u => u.RankDelta).ThenBy(u => u.RankTo).Take(top);
        return new LevelComparisonDto(to.Level, units, [.. climbers], [.. fallers], crossed);
    }

    private static SnapshotRefDto Ref(SnapshotDto s) => new(s.Id, s.Label, s.AsOf, s.TimeProgress);

    private static double? Delta(double? from, double? to, int digits) => from is { } a && to is { } b ? Round(b - a, digits) : null;

    private static double Round(double v, int digits) => Math.Round(v, digits);
}
