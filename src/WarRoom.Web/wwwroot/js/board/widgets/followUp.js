// Follow-up (智能帮扶闭环): per branch, the share of its guidance taken up (acknowledged or further) and the share
// done, fewest taken up first — the room sees at once which branches have not acted on their help list.
import { el, fill } from '../dom.js';
import { isEnglish, percent, unitName } from '../format.js';

export function create(body) {
  const list = el('div.follow-up-list');
  body.append(list);

  return {
    update(p) {
      const rows = p.rows
        .filter(r => r.items > 0)
        .sort((a, b) => (a.takenUpShare ?? 0) - (b.takenUpShare ?? 0) || b.items - a.items || a.unit.localeCompare(b.unit));
      list.style.setProperty('--rows', Math.max(1, rows.length));
      fill(list, rows.map(renderRow));
    },
  };
}

function renderRow(r) {
  const taken = r.takenUpShare ?? 0;
  const done = r.doneShare ?? 0;
  const label = isEnglish()
    ? `taken up ${percent(taken)} · done ${percent(done)} of ${r.items}`
    : `已跟进 ${percent(taken)} · 已完成 ${percent(done)}（共${r.items}项）`;
  return el('div.follow-up-row', null,
    el('span.follow-up-name', { text: unitName(r) }),
    el('span.follow-up-bar', null,
      el('span.follow-up-taken', { style: { width: `${(taken * 100).toFixed(1)}%` } }),
      el('span.follow-up-done', { style: { width: `${(done * 100).toFixed(1)}%` } })),
    el('span.follow-up-figures', { text: label }));
}
