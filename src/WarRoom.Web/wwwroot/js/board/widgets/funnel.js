// Funnel (转化漏斗): ordered stage KPIs, each a bar as wide as its figure against the first stage, with the
// conversion from the stage before (触达 → 开户 → …).
import { el, fill } from '../dom.js';
import { amountText, isEnglish, percent, text } from '../format.js';

export function create(body) {
  const list = el('div.funnel-list');
  body.append(list);
  return {
    update(p) {
      const first = Math.max(...p.stages.map(s => s.value), 0);
      list.style.setProperty('--rows', Math.max(1, p.stages.length));
      fill(list, p.stages.map(s => {
        const width = first > 0 ? Math.max(2, (s.value / first) * 100) : 0;
        const conversion = s.conversion == null ? '' : `${isEnglish() ? 'conv.' : '转化'} ${percent(s.conversion)}`;
        return el('div.funnel-row', null,
          el('span.funnel-name.fit', { text: text(s.name) }),
          el('span.funnel-track', null, el('span.funnel-fill', { style: { width: `${width.toFixed(1)}%` } },
            el('span.funnel-value', { text: amountText(s.value, s.unit) }))),
          el('span.funnel-conversion.fit', { text: conversion }));
      }));
    },
  };
}
