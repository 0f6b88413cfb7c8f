// Branch grid (heat map): every unit of a level as a tile coloured by pace, laid out to fill the widget exactly.
// Each figure on a tile says what it is: 进度差 in the middle, then 完成率 and the value (or 综合得分) at the foot.
import { el, fill } from '../dom.js';
import { amountText, paceClass, percent, signedPoints, ui, unitName } from '../format.js';

export function create(body) {
  const grid = el('div.branch-grid');
  body.append(grid);

  function layout(count) {
    // The column count whose tiles come closest to 3:2, with a penalty for empty cells at the end.
    const aspect = body.clientWidth / Math.max(1, body.clientHeight);
    let best = { cols: 1, cost: Infinity };
    for (let cols = 1; cols <= Math.max(1, count); cols++) {
      const rows = Math.ceil(count / cols);
      const cost = Math.abs(Math.log((aspect * rows / cols) / 1.5)) + (cols * rows - count) * 0.15;
      if (cost < best.cost) best = { cols, cost };
    }
    grid.style.setProperty('--cols', best.cols);
    grid.style.setProperty('--rows', Math.ceil(count / best.cols));
  }

  return {
    update(p) {
      layout(p.cells.length);
      fill(grid, p.cells.map(cell => {
        const pace = cell.pace ?? (cell.completion == null ? null : cell.completion - p.timeProgress);
        const composite = p.metric === 'composite';
        const value = composite ? cell.value.toFixed(1) : amountText(cell.value, p.unit);
        // The composite's completion is its score over 100: the foot shows the score alone rather than one number twice.
        const foot = composite
          ? [figureLabel(ui('score'), value)]
          : [figureLabel(ui('completion'), percent(cell.completion)), figureLabel(ui('value'), value)];
        return el(`div.branch-tile.${paceClass(pace)}`, null, el('div.branch-inner', null,
          el('div.branch-top.fit', null, el('span.branch-name', { text: unitName(cell) }), el('span.branch-rank', { text: `#${cell.rank}` })),
          el('div.branch-pace', null, el('span.branch-pace-label', { text: ui('pace') }), el('span.branch-pace-value', { text: signedPoints(pace) })),
          el('div.branch-foot.fit', null, ...foot)));
      }));
    },
  };
}

function figureLabel(label, value) {
  return el('span.branch-figure', null, el('span.branch-figure-label', { text: label }), el('span', { text: value }));
}
