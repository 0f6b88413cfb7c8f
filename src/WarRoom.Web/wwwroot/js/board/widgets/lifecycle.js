// Lifecycle (生命周期): how many units of a level stand in each stage, 导入 → 成长 → 成熟 → 衰退 → 流失, with the
// share of all of them — a growing 衰退 or 流失 row is the one to act on.
import { fill, el } from '../dom.js';
import { isEnglish, percent, text } from '../format.js';
import { shareRow } from './breakdown.js';

export function create(body) {
  const list = el('div.share-list.lifecycle-list');
  body.append(list);
  return {
    update(p) {
      list.style.setProperty('--rows', Math.max(1, p.rows.length));
      const unitWord = isEnglish() ? '' : p.level === 'manager' ? '人' : '家';
      fill(list, p.rows.map(r => {
        const row = shareRow(text(r.name), r.share, `${r.value.toLocaleString()}${unitWord} · ${percent(r.share)}`);
        row.classList.add(`stage-${r.key}`);
        return row;
      }));
    },
  };
}
