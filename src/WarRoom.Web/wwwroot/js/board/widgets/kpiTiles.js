// KPI tiles: each campaign KPI's total against its target, with the time progress drawn as a marker on the
// completion bar so "ahead" and "behind" read without numbers. A tile reads in one unit: total, target and today
// share the magnitude of the larger of total and target (亿元 throughout, never 亿元 beside 万元).
import { el, fill, figure } from '../dom.js';
import { amount, amountText, magnitude, outlookParts, paceClass, percent, signedPoints, text, ui } from '../format.js';

export function create(body) {
  const grid = el('div.kpi-tiles');
  body.append(grid);

  return {
    update(p) {
      // One row when the widget is wide enough for every tile to stay legible, otherwise two.
      const count = Math.max(1, p.tiles.length);
      const rows = body.clientWidth / Math.max(1, body.clientHeight) > count * 0.9 ? 1 : 2;
      grid.style.setProperty('--cols', Math.ceil(count / rows));
      grid.style.setProperty('--rows', rows);
      fill(grid, p.tiles.map(tile => renderTile(tile, p.timeProgress)));
    },
  };
}

function renderTile(t, timeProgress) {
  const completion = t.completion ?? null;
  const pace = t.pace ?? (completion == null ? null : completion - timeProgress);
  const scale = magnitude(Math.max(Math.abs(t.value ?? 0), Math.abs(t.target ?? 0)), t.unit);
  const outlook = t.forecast == null && t.lastYear == null ? null : outlookParts(completion, t.forecast, t.lastYear);
  return el(`div.kpi-tile.${paceClass(pace)}${outlook ? '.with-outlook' : ''}`, null, el('div.kpi-tile-inner', null,
    el('div.kpi-name.fit', { text: text(t.name) }),
    el('div.kpi-value.fit', null, figure(amount(t.value, t.unit, scale))),
    el('div.kpi-completion', null,
      el('span.kpi-percent', { text: percent(completion) }),
      el('span.kpi-pace', { text: pace == null ? '' : signedPoints(pace) })),
    el('div.bar.kpi-bar', null,
      el('div.bar-fill', { style: { width: percent(Math.min(1, completion ?? 0), 2) } }),
      el('div.bar-marker', { style: { left: percent(Math.min(1, timeProgress), 2) }, title: ui('timeProgress') })),
    el('div.kpi-foot.fit', null,
      el('span', { text: t.target == null ? '' : `${ui('target')} ${amountText(t.target, t.unit, scale)}` }),
      t.today == null ? null : el('span.kpi-today', { text: `${ui('today')} +${amountText(t.today, t.unit, scale)}` })),
    outlook ? el('div.kpi-outlook.fit', null, ...outlook.map(part => el('span', { text: part }))) : null));
}
