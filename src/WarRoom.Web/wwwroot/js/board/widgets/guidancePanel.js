// Guidance panel (智能帮扶): the standard guidance for units that need help, most severe first, capped to what fits.
import { el, fill } from '../dom.js';
import { kindName, text } from '../format.js';

const SEVERITY = { info: 0, warn: 1, critical: 2 };

export function create(body, def) {
  const list = el('div.guidance-list');
  list.style.setProperty('--rows', def.max);
  body.append(list);

  return {
    update(p) {
      const min = SEVERITY[def.minSeverity] ?? 0;
      const items = p.items
        .map((item, index) => ({ item, index }))
        .filter(({ item }) => (SEVERITY[item.severity] ?? 0) >= min)
        // Stable: the server's order (deterministic guidance) within a severity.
        .sort((a, b) => (SEVERITY[b.item.severity] ?? 0) - (SEVERITY[a.item.severity] ?? 0) || a.index - b.index)
        .slice(0, def.max)
        .map(({ item }) => renderItem(item));
      fill(list, items);
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
