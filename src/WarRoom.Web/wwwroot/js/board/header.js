// The header strip: board title, the page (and cycled unit) on screen, page dots, clock, data time, connection
// state, and the overlays it owns: the stale-data mark and the deal banner.
import { clockTime, dayText, shortTime, text, ui, unitName, weekdayText, amountText } from './format.js';
import { el } from './dom.js';
import { fitOne } from './fit.js';

const STALE_AFTER_MS = 5000;

export class Header {
  /** `clock`: the business clock at render ({ now, frozen }); without it the wall clock is shown. */
  constructor(screen, board, clock = {}) {
    this.screen = screen;
    this.board = board;
    this.clockOffset = clock.now ? Date.parse(clock.now) - Date.now() : 0;
    this.clockFrozen = Boolean(clock.now && clock.frozen);
    this.clockStart = clock.now ? Date.parse(clock.now) : 0;
    this.staleTimer = null;
    this.bannerTimer = null;
    this.lastAsOf = null;
    this.tick();
    setInterval(() => this.tick(), 1000);
  }

  tick() {
    const now = new Date(this.clockFrozen ? this.clockStart : Date.now() + this.clockOffset);
    this.screen.header.clock.textContent = clockTime(now);
    this.screen.header.date.textContent = `${dayText(now)} ${weekdayText(now)}`;
  }

  showFrame(frame, index, sequence) {
    const h = this.screen.header;
    h.page.textContent = text(this.board.pages[frame.page].title);
    h.unit.textContent = frame.unitName ? text(frame.unitName) : '';
    h.unit.hidden = !frame.unitName;
    // Dots per page; a cycling page shows "3/12" for where the cycle stands.
    const cycle = sequence.filter(f => f.page === frame.page);
    h.dots.replaceChildren(...this.board.pages.map((_, i) => el(`span.dot${i === frame.page ? '.on' : ''}`)),
      cycle.length > 1 ? el('span.cycle-count', { text: `${cycle.indexOf(frame) + 1}/${cycle.length}` }) : '');
    this.refit();
  }

  /** Title and page title fitted to the room the header leaves them (after a frame change, a resize, fonts loading). */
  refit() {
    fitOne(this.screen.header.page);
    fitOne(this.screen.header.title);
  }

  asOf(date) {
    if (!date) return;
    this.lastAsOf = date;
    this.screen.header.asOf.textContent = `${ui('asOf')} ${shortTime(date)}`;
  }

  /** 'live' | 'connecting' | 'down' | 'offline'. Down for more than 5 s marks the whole screen as stale. */
  status(value) {
    const node = this.screen.header.status;
    node.className = `live-status status-${value}`;
    node.textContent = value === 'live' ? ui('live') : value === 'offline' ? 'DEMO' : ui('connecting');
    clearTimeout(this.staleTimer);
    if (value === 'live' || value === 'offline') {
      document.body.classList.remove('stale');
      return;
    }

    this.staleTimer = setTimeout(() => {
      const when = this.lastAsOf ? shortTime(this.lastAsOf) : '—';
      this.screen.stale.textContent = `⚠ ${ui('stale')} ${when} ${ui('staleSuffix')}`.trim();
      document.body.classList.add('stale');
    }, STALE_AFTER_MS);
  }

  /** A full-width 喜报 banner for a few seconds. */
  celebrate(deal) {
    const banner = this.screen.banner;
    const where = [deal.branch, deal.subBranch].filter(Boolean).map(unitName).join(' ');
    banner.replaceChildren(
      el('span.deal-banner-tag', { text: ui('deal') }),
      el('span.deal-banner-text', { text: `${where} ${unitName(deal.manager)}  ${text(deal.kpiName)}` }),
      el('span.deal-banner-amount', { text: amountText(deal.amount, deal.unit) }));
    banner.classList.remove('show');
    void banner.offsetWidth;
    banner.classList.add('show');
    clearTimeout(this.bannerTimer);
    this.bannerTimer = setTimeout(() => banner.classList.remove('show'), 6000);
  }
}
