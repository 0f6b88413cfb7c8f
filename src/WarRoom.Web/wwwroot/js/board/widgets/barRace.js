// Bar race: the ranking as horizontal bars; ECharts re-sorts them with animation whenever values change.
import { unitColour } from '../dom.js';
import { amountText, magnitude, percent, signedPoints, unitName } from '../format.js';
import { chartWidget } from '../chart.js';
import { theme } from '../theme.js';

export function create(body, def, ctx) {
  const valueOf = (p, r) => p.metric === 'composite' ? (r.score ?? r.value)
    : p.basis === 'completion' ? (r.completion ?? 0) : p.basis === 'pace' ? (r.pace ?? 0) : r.value;
  // Values share the leader's magnitude, so every bar's figure reads in the same unit.
  const label = (p, v) => p.metric === 'composite' ? v.toFixed(1)
    : p.basis === 'completion' ? percent(v) : p.basis === 'pace' ? signedPoints(v)
      : amountText(v, p.unit, magnitude(Math.max(0, ...p.rows.map(r => Math.abs(r.value ?? 0))), p.unit));

  function option(p) {
    const rows = p.rows.slice(0, def.top);
    const size = theme.rem();
    return {
      animationDuration: 0,
      animationDurationUpdate: 1200,
      animationEasing: 'linear',
      animationEasingUpdate: 'linear',
      grid: { left: size * 0.5, right: size * 6.5, top: size * 0.3, bottom: size * 0.3, containLabel: true },
      xAxis: { type: 'value', max: 'dataMax', show: false },
      yAxis: {
        type: 'category', inverse: true, max: rows.length - 1,
        data: rows.map(r => r.unit),
        // interval 0: every bar keeps its name. ECharts' automatic interval hides every other label once the labels'
        // boxes come close (at 4K, where the font grows with the screen), leaving half the bars unnamed.
        axisLabel: { color: theme.text, fontSize: size * 1.15, interval: 0, formatter: code => unitName(rows.find(r => r.unit === code) ?? { unit: code }) },
        axisLine: { show: false }, axisTick: { show: false },
        animationDuration: 300, animationDurationUpdate: 300,
      },
      series: [{
        type: 'bar', realtimeSort: true, barCategoryGap: '28%',
        data: rows.map(r => ({ value: valueOf(p, r), itemStyle: { color: unitColour(r.unit), borderRadius: [0, size * 0.3, size * 0.3, 0] } })),
        label: {
          show: true, position: 'right', valueAnimation: true, color: theme.text, fontSize: size * 1.15,
          fontFamily: theme.numberFont, fontWeight: 700, formatter: ({ value }) => label(p, value),
        },
      }],
    };
  }

  return chartWidget(body, ctx, option);
}
