// Branch grid: every unit of a level as a tile coloured by pace, laid out to fill the widget exactly.
import { el, fill } from '../dom.js';
import { amountText, paceClass, percent, signedPoints, unitName } from '../format.js';

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
        const value = p.metric === 'composite' ? cell.value.toFixed(1) : amountText(cell.value, p.unit);
        return el(`div.branch-tile.${paceClass(pace)}`, null, el('div.branch-inner', null,
          el('div.branch-top', null, el('span.branch-name', { text: unitName(cell) }), el('span.branch-rank', { text: `#${cell.rank}` })),
          el('div.branch-pace', { text: signedPoints(pace) }),
          el('div.branch-foot', null, el('span', { text: percent(cell.completion) }), el('span', { text: value }))));
      }));
    },
  };
}
