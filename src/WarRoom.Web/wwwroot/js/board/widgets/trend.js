// Trend: a KPI's cumulative value against the target line over the whole campaign, so the gap reads at a glance.
// Points arrive as [epoch ms, value], which is what an ECharts time axis takes.
import { amountText, axisAmount, monthDay, text, ui } from '../format.js';
import { chartWidget } from '../chart.js';
import { theme } from '../theme.js';

export function create(body, def, ctx) {
  function option(p, echarts) {
    const size = theme.rem();
    const tick = { color: theme.muted, fontSize: size * 0.95 };
    return {
      animationDurationUpdate: 800,
      legend: {
        top: 0, right: size * 0.5, textStyle: { color: theme.text, fontSize: size * 1.0 }, itemWidth: size * 1.6, itemHeight: size * 0.6,
        data: [text(p.name), ui('target')],
      },
      grid: { left: size * 0.6, right: size * 1.2, top: size * 2.4, bottom: size * 0.4, containLabel: true },
      xAxis: {
        type: 'time', min: new Date(p.start).getTime(), max: new Date(p.end).getTime(),
        splitNumber: 6, minInterval: 7 * 864e5, // weekly ticks at most
        axisLabel: { ...tick, hideOverlap: true, formatter: v => monthDay(v) }, splitLine: { show: false },
        axisLine: { lineStyle: { color: theme.grid } },
      },
      yAxis: {
        type: 'value', splitNumber: 4, axisLabel: { ...tick, formatter: v => axisAmount(v, p.unit) },
        splitLine: { lineStyle: { color: theme.grid } },
      },
      series: [
        {
          name: text(p.name), type: 'line', showSymbol: false, smooth: 0.2, data: p.actual,
          lineStyle: { width: size * 0.25, color: theme.accent },
          areaStyle: { color: new echarts.graphic.LinearGradient(0, 0, 0, 1, [
            { offset: 0, color: 'rgba(63,208,255,0.45)' }, { offset: 1, color: 'rgba(63,208,255,0.02)' }]) },
          endLabel: { show: true, color: theme.text, fontSize: size * 1.2, fontWeight: 700, fontFamily: theme.numberFont,
            formatter: ({ value }) => amountText(value[1], p.unit) },
        },
        {
          name: ui('target'), type: 'line', showSymbol: false, data: p.targetLine,
          lineStyle: { width: size * 0.15, type: 'dashed', color: theme.gold },
        },
      ],
      color: [theme.accent, theme.gold],
    };
  }

  return chartWidget(body, ctx, option);
}
