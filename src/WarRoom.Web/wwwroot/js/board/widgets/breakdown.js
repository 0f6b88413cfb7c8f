// Breakdown (各维度结构): a KPI of the unit on screen cut by one dimension — one row per value with a bar of its
// share, the figure and the share, in the seed's order (untagged last), so the room sees where results come from.
import { el, fill } from '../dom.js';
import { amountText, percent, text } from '../format.js';

export function create(body) {
  const list = el('div.share-list');
  body.append(list);
  return {
    update(p) {
      const rows = p.rows.filter(r => r.value !== 0 || r.key !== 'untagged');
      list.style.setProperty('--rows', Math.max(1, rows.length));
      fill(list, rows.map(r => shareRow(text(r.name), r.share, `${amountText(r.value, p.unit)} · ${percent(r.share)}`)));
    },
  };
}

/** One row of a share list (breakdown, lifecycle): name, a bar of the share, the figures. */
export function shareRow(name, share, figures) {
  const width = Math.max(0, Math.min(1, share ?? 0)) * 100;
  return el('div.share-row', null,
    el('span.share-name.fit', { text: name }),
    el('span.share-bar', null, el('span.share-fill', { style: { width: `${width.toFixed(1)}%` } })),
    el('span.share-figures.fit', { text: figures }));
}
