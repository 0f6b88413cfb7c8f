using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Boards;

/// <summary>The reference checks of each widget type's settings: KPI codes, metrics and ranked levels.</summary>
internal static class WidgetRules
{
    public static void Check(
        WidgetDefinition widget, OrgLevel? shownLevel, BoardVocabulary vocabulary, string path, Action<string, string> error)
    {
        void Kpi(string field, string code)
        {
            if (!vocabulary.IsKpi(code))
            {
                error($"{path}.{field}", $"unknown KPI '{code}'");
            }
        }

        void Metric(string code)
        {
            if (!vocabulary.IsMetric(code))
            {
                error($"{path}.metric", $"unknown KPI '{code}' (a metric is a KPI code or '{RankingMetrics.Composite}')");
            }
        }

        void Level(OrgLevel level)
        {
            // A ranking lists units below the unit on screen; ranking the shown unit's own level or above is empty.
            if (shownLevel is { } shown && level <= shown)
            {
                error($"{path}.level", $"'{level.ToWire()}' is not below the level this page shows ({shown.ToWire()})");
            }
        }

        void KpiList(string field, IReadOnlyList<string> codes)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < codes.Count; i++)
            {
                Kpi($"{field}[{i}]", codes[i]);
                if (!seen.Add(codes[i]))
                {
                    error($"{path}.{field}[{i}]", $"KPI '{codes[i]}' is listed twice");
                }
            }
        }

        switch (widget)
        {
            case KpiTilesWidget tiles:
                KpiList("kpis", tiles.Kpis);
                break;
            case GaugeWidget gauge:
                Kpi("kpi", gauge.Kpi);
                break;
            case RankingWidget ranking:
                Metric(ranking.Metric);
                Level(ranking.Level);
                break;
            case TrendWidget trend:
                Kpi("kpi", trend.Kpi);
                break;
            case DealTickerWidget ticker:
                KpiList("kpis", ticker.Kpis);
                break;
            case BranchGridWidget grid:
                Metric(grid.Metric);
                Level(grid.Level);
                break;
            case BreakdownWidget breakdown:
                Kpi("kpi", breakdown.Kpi);
                if (vocabulary.IsKpi(breakdown.Kpi) && vocabulary.SumKpis is { } sums && !sums.Contains(breakdown.Kpi))
                {
                    error($"{path}.kpi", $"KPI '{breakdown.Kpi}' is not a sum KPI: only sums break down into shares");
                }

                if (!vocabulary.Dimensions.Contains(breakdown.By))
                {
                    error($"{path}.by", $"unknown dimension '{breakdown.By}' (one of: {string.Join(", ", vocabulary.Dimensions)})");
                }

                break;
            case FunnelWidget funnel:
                KpiList("stages", [.. funnel.Stages.Select(s => s.Kpi)]);
                break;
            case LifecycleWidget lifecycle:
                Metric(lifecycle.Metric);
                Level(lifecycle.Level);
                break;
        }
    }
}
