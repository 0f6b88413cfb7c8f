// Leaderboard: a ranking table sized to exactly `top` rows, with rank movement arrows since yesterday's close.
// The name column is headed by what it lists (分行, 支行, or 客户经理 with the sub-branch each sits in, on a second
// line). A composite table
// shows the score once: its bar is the score out of 100, with no completion figure repeating it.
import { el, fill } from '../dom.js';
import { amountText, magnitude, paceClass, percent, signedPoints, text, ui, unitName } from '../format.js';

export function create(body, def) {
  const table = el('div.leaderboard');
  table.style.setProperty('--rows', def.top + 1);
  body.append(table);
  let previousRanks = new Map();

  return {
    update(p, fresh) {
      if (fresh) previousRanks = new Map(); // another frame: its rows are not "moves" from the last one
      const main = mainFigure(p);
      // The composite score has no target, so no pace; the column goes rather than showing a row of dashes. When the
      // ranking is by pace, pace is already the main figure.
      table.classList.toggle('no-pace', p.basis === 'pace' || p.rows.every(r => r.pace == null && r.completion == null));
      const maxMain = Math.max(...p.rows.map(r => Math.abs(main.value(r) ?? 0)), 1e-9);
      const composite = p.metric === 'composite';
      table.classList.toggle('composite', composite);
      const head = el('div.lb-row.lb-head', null,
        el('span.lb-rank.fit', { text: ui('rank') }), el('span.lb-move.fit', { text: ui('change') }),
        el('span.lb-name.fit', { text: ui(['branch', 'subbranch', 'manager'].includes(p.level) ? p.level : 'unit') }), el('span.lb-main.fit', { text: main.label }),
        el('span.lb-completion.fit', { text: !composite && p.rows.some(r => r.completion != null) ? ui('completion') : '' }),
        el('span.lb-pace.fit', { text: ui('pace') }));
      const rows = p.rows.slice(0, def.top).map(row => {
        const node = renderRow(row, main, p, maxMain);
        // A row whose rank changed since the last push glows once: overtaking is what the room should notice.
        const before = previousRanks.get(row.unit);
        if (before !== undefined && before !== row.rank) node.classList.add('changed');
        return node;
      });
      previousRanks = new Map(p.rows.map(r => [r.unit, r.rank]));
      fill(table, head, rows);
    },
  };
}

/** The figure the ranking is ordered by, shown largest. */
function mainFigure(p) {
  if (p.metric === 'composite') return { label: ui('score'), value: r => r.score ?? r.value, format: v => (v ?? 0).toFixed(1) };
  if (p.basis === 'completion') return { label: ui('completion'), value: r => r.completion, format: percent };
  if (p.basis === 'pace') return { label: ui('pace'), value: r => r.pace, format: signedPoints };
  // One unit down the column (亿元 throughout once the leader passes 1亿), so the figures compare at a glance.
  const scale = magnitude(Math.max(0, ...p.rows.map(r => Math.abs(r.value ?? 0))), p.unit);
  return { label: `${text(p.metricName)}`, value: r => r.value, format: v => amountText(v, p.unit, scale) };
}

function renderRow(row, main, p, maxMain) {
  const pace = row.pace ?? (row.completion == null ? null : row.completion - p.timeProgress);
  const medal = row.rank <= 3 ? `.medal-${row.rank}` : '';
  return el(`div.lb-row${medal}`, null,
    el('span.lb-rank', null, el('span.rank-badge', { text: row.rank })),
    moveArrow(row.rankChange),
    row.context
      ? el('span.lb-name.lb-seated', null, el('span.lb-who.fit', { text: unitName(row) }), el('span.lb-context.fit', { text: text(row.context) }))
      : el('span.lb-name.fit', { text: unitName(row) }),
    el('span.lb-main', { text: main.format(main.value(row)) }),
    // The bar shows completion where there is a target, the score out of 100 for the composite, else the
    // figure relative to the leader.
    el('span.lb-completion', null,
      el('span.lb-completion-text', { text: row.completion == null || p.metric === 'composite' ? '' : percent(row.completion) }),
      el('span.bar.lb-bar', null, el('span.bar-fill', {
        style: { width: percent(Math.min(1, row.completion ?? (p.metric === 'composite'
          ? (row.score ?? row.value) / 100 : Math.abs(main.value(row) ?? 0) / maxMain)), 2) },
      }))),
    el(`span.lb-pace.${paceClass(pace)}`, { text: signedPoints(pace) }));
}

function moveArrow(change) {
  if (!change) return el('span.lb-move.move-none', { text: '–' });
  return change > 0
    ? el('span.lb-move.move-up', { text: `▲${change}` })
    : el('span.lb-move.move-down', { text: `▼${-change}` });
}
