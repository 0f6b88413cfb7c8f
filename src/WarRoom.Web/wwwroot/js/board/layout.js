// Builds the whole screen from the board definition: header, one CSS-grid page per board page with a panel
// per widget at its grid placement, the dwell progress bar and the overlays (stale mark, deal banner).
import { el } from './dom.js';
import { text, ui } from './format.js';

const DEFAULT_TITLES = {
  countdown: { zh: '距活动结束', en: 'Campaign ends in' },
  kpiTiles: { zh: '目标完成情况', en: 'Totals vs target' },
  gauge: { zh: '完成率', en: 'Completion' },
  leaderboard: { zh: '排行榜', en: 'Ranking' },
  barRace: { zh: '赛马', en: 'Race' },
  trend: { zh: '累计趋势', en: 'Trend to date' },
  dealTicker: { zh: '喜报', en: 'Big deals' },
  guidancePanel: { zh: '智能帮扶', en: 'Guidance' },
  branchGrid: { zh: '分行态势', en: 'Branches' },
  followUp: { zh: '帮扶跟进', en: 'Follow-up' },
  breakdown: { zh: '结构分布', en: 'Breakdown' },
  funnel: { zh: '转化漏斗', en: 'Funnel' },
  lifecycle: { zh: '生命周期', en: 'Lifecycle' },
};

export function buildScreen(root, board) {
  const header = {
    title: el('h1.board-title.fit', { text: text(board.title) }),
    page: el('span.page-title.fit'),
    unit: el('span.page-unit'),
    dots: el('span.page-dots'),
    clock: el('span.clock-time'),
    date: el('span.clock-date'),
    asOf: el('span.as-of'),
    status: el('span.live-status', { text: ui('connecting') }),
  };
  const stage = el('main.stage');
  const pages = board.pages.map((page, index) => buildPage(page, index));
  stage.append(...pages.map(p => p.node));
  const progress = el('div.dwell-fill');
  const stale = el('div.stale-banner', { role: 'status' });
  const banner = el('div.deal-banner');

  root.replaceChildren(
    el('header.board-header', null,
      el('div.header-left', null, el('span.logo-mark', { text: '◆' }), header.title),
      el('div.header-center', null, header.page, header.unit, header.dots),
      el('div.header-right', null,
        el('div.clock', null, header.clock, header.date),
        el('div.header-meta', null, header.status, header.asOf))),
    stage,
    el('footer.dwell', null, progress),
    stale,
    banner);
  root.classList.add(`res-${board.resolution}`, `theme-${board.theme}`);
  return { header, pages, progress, stale, banner };
}

function buildPage(page, index) {
  const node = el('section.page', { 'data-page': index });
  node.style.gridTemplateColumns = `repeat(${page.columns}, minmax(0, 1fr))`;
  node.style.gridTemplateRows = `repeat(${page.rows}, minmax(0, 1fr))`;
  const widgets = new Map();
  for (const def of page.widgets) {
    const body = el('div.widget-body');
    const empty = el('div.widget-empty', { text: ui('noData') });
    const panel = el(`article.widget.widget-${def.type}`, { 'data-widget': def.id },
      el('header.widget-title.fit', null, el('span', { text: text(def.title ?? DEFAULT_TITLES[def.type]) })),
      body, empty);
    panel.style.gridColumn = `${def.grid.col} / span ${def.grid.colSpan}`;
    panel.style.gridRow = `${def.grid.row} / span ${def.grid.rowSpan}`;
    node.append(panel);
    widgets.set(def.id, { def, panel, body, instance: null });
  }

  return { page, node, widgets };
}
