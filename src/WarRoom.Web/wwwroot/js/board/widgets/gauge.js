// Gauge: one KPI's completion as a dial, with the time progress as a second, thin pointer.
import { amountText, outlookText, percent, text, ui } from '../format.js';
import { chartWidget } from '../chart.js';
import { theme } from '../theme.js';

export function create(body, def, ctx) {
  function option(p) {
    const completion = p.tile.completion ?? 0;
    const max = Math.max(1.2, Math.ceil(completion * 10) / 10);
    const size = theme.rem();
    const colour = completion >= p.timeProgress ? theme.ahead : completion >= p.timeProgress - 0.05 ? theme.near : theme.behind;
    const axis = { min: 0, max, startAngle: 215, endAngle: -35, splitNumber: Math.round(max * 5) };
    return {
      animationDurationUpdate: 900,
      series: [
        {
          type: 'gauge', ...axis, radius: '92%', center: ['50%', '56%'],
          progress: { show: true, width: size * 1.4, itemStyle: { color: colour } },
          axisLine: { lineStyle: { width: size * 1.4, color: [[1, 'rgba(120,160,220,0.18)']] } },
          axisTick: { show: false },
          // Labels only at 0, 100% and the end: the dial is read from across the room, not measured.
          splitLine: { distance: -size * 1.4, length: size * 0.4, lineStyle: { color: theme.muted, width: 2 } },
          axisLabel: {
            distance: size * 1.9, color: theme.muted, fontSize: size * 1.0,
            formatter: v => (Math.abs(v - 1) < 1e-9 ? '100%' : ''),
          },
          pointer: { show: false },
          anchor: { show: false },
          title: { offsetCenter: [0, '26%'], color: theme.muted, fontSize: size * 1.1 },
          detail: {
            offsetCenter: [0, '-4%'], valueAnimation: true, color: theme.text, fontSize: size * 3.6, fontWeight: 700,
            fontFamily: theme.numberFont, formatter: v => percent(v),
          },
          data: [{ value: completion, name: `${ui('completion')} · ${text(p.tile.name)}` }],
        },
        {
          type: 'gauge', ...axis, radius: '92%', center: ['50%', '56%'],
          axisLine: { show: false }, axisTick: { show: false }, splitLine: { show: false }, axisLabel: { show: false },
          progress: { show: false },
          pointer: { show: true, length: '22%', width: size * 0.35, offsetCenter: [0, '-80%'], itemStyle: { color: theme.accent } },
          // In the gap at the bottom of the dial: time progress, then value / target.
          title: { show: true, offsetCenter: [0, '48%'], color: theme.accent, fontSize: size * 1.2, fontWeight: 700 },
          detail: {
            show: true, offsetCenter: [0, '70%'], color: theme.text, fontSize: size * 1.1, fontFamily: theme.numberFont,
            formatter: () => {
              const figures = `${amountText(p.tile.value, p.tile.unit)} / ${amountText(p.tile.target, p.tile.unit)}`;
              const outlook = p.tile.forecast == null && p.tile.lastYear == null ? '' : outlookText(p.tile.completion, p.tile.forecast, p.tile.lastYear);
              return outlook ? `${figures}\n${outlook}` : figures;
            },
            lineHeight: size * 1.6,
          },
          data: [{ value: p.timeProgress, name: `${ui('timeProgress')} ${percent(p.timeProgress)}` }],
        },
      ],
    };
  }

  return chartWidget(body, ctx, option);
}
