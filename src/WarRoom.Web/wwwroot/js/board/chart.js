// The one ECharts set-up of the board's chart widgets (barRace, gauge, trend): a canvas chart in the widget's body
// that keeps the last payload, so that a resize redraws it at the new size, and that draws a different frame (another
// unit) from scratch rather than animating from the previous one.

/** A widget around an ECharts instance; `option(payload, chart)` builds the chart's option from a payload. */
export function chartWidget(body, ctx, option) {
  const chart = ctx.echarts.init(body, null, { renderer: 'canvas' });
  let last = null;
  return {
    update(p, fresh) {
      last = p;
      chart.setOption(option(p, ctx.echarts), fresh === true);
    },
    resize() {
      chart.resize();
      if (last) chart.setOption(option(last, ctx.echarts));
    },
    dispose: () => chart.dispose(),
  };
}
