// Guidance panel (智能帮扶): the standard guidance for units that need help, in the server's order (worst first
// across the scope, a few per branch; HelpListOrder), filtered to the panel's severity. Each item shows the unit,
// the message and the action whole, wrapped over two or three lines: the panel shows as many items as fit at a
// readable size (at most `max`) rather than cutting the figure or the action off.
import { el, fill } from '../dom.js';
import { fitOne } from '../fit.js';
import { kindName, text } from '../format.js';

const SEVERITY = { info: 0, warn: 1, critical: 2 };
const READABLE = 0.8;

export function create(body, def) {
  const list = el('div.guidance-list');
  body.append(list);
  let last = null;

  function render(p) {
    const min = SEVERITY[def.minSeverity] ?? 0;
    // The server's order is the help list's order (HelpListOrder); the panel only filters and counts.
    const items = p.items.filter(item => (SEVERITY[item.severity] ?? 0) >= min).slice(0, def.max);
    for (let rows = Math.max(1, items.length); rows >= 1; rows--) {
      list.style.setProperty('--rows', rows);
      const nodes = items.slice(0, rows).map(renderItem);
      fill(list, nodes);
      const scale = Math.min(1, ...nodes.map(n => fitOne(n.firstChild, true)));
      if (scale >= READABLE || rows === 1) return;
    }
  }

  return {
    update(p) {
      last = p;
      render(p);
    },
    resize() {
      if (last) render(last);
    },
  };
}

function renderItem(item) {
  return el(`div.guidance.severity-${item.severity}`, null, el('div.guidance-inner', null,
    el('div.guidance-head', null,
      el('span.guidance-unit', { text: text({ zh: item.unitName, en: item.unitNameEn }) }),
      el('span.guidance-kind', { text: kindName(item.kind) })),
    el('div.guidance-message', { text: text(item.message) }),
    item.action ? el('div.guidance-action', { text: `→ ${text(item.action)}` }) : null));
}
