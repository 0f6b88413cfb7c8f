// Creates the widget instances and feeds them: the current frame's payloads when a frame is shown or updated,
// live deals into tickers, guidance into panels. Pushed deals and guidance are also written into the stored
// frames, so a page rotated to later shows them too.
import * as countdown from './widgets/countdown.js';
import * as kpiTiles from './widgets/kpiTiles.js';
import * as gauge from './widgets/gauge.js';
import * as leaderboard from './widgets/leaderboard.js';
import * as barRace from './widgets/barRace.js';
import * as trend from './widgets/trend.js';
import * as dealTicker from './widgets/dealTicker.js';
import * as guidancePanel from './widgets/guidancePanel.js';
import * as branchGrid from './widgets/branchGrid.js';
import * as followUp from './widgets/followUp.js';
import * as breakdown from './widgets/breakdown.js';
import * as funnel from './widgets/funnel.js';
import * as lifecycle from './widgets/lifecycle.js';
import { fitText } from './fit.js';

const TYPES = {
  countdown, kpiTiles, gauge, leaderboard, barRace, trend, dealTicker, guidancePanel, branchGrid, followUp, breakdown, funnel, lifecycle,
};

export class WidgetHost {
  constructor(screen, board, store) {
    this.screen = screen;
    this.board = board;
    this.store = store;
    this.shown = null;
    this.resizeTimer = null;
  }

  createAll() {
    const ctx = { echarts: globalThis.echarts };
    for (const page of this.screen.pages) {
      for (const slot of page.widgets.values()) {
        slot.instance = TYPES[slot.def.type]?.create(slot.body, slot.def, ctx) ?? null;
      }
    }
  }

  /** Draws a frame's payloads into its page's widgets; a widget without data shows "no data" instead. */
  showFrame(frame) {
    if (!frame) return;
    const fresh = this.shown !== frame.key;
    this.shown = frame.key;
    for (const slot of this.screen.pages[frame.page].widgets.values()) {
      const payload = frame.widgets[slot.def.id];
      const usable = payload && payload.type === slot.def.type && slot.instance;
      slot.panel.classList.toggle('empty', !usable);
      if (usable) {
        try {
          slot.instance.update(payload, fresh);
        } catch (error) {
          // One bad payload must not blank the rest of the screen.
          console.error(`widget ${slot.def.id}`, error);
        }
      }
    }
    fitText(this.screen.pages[frame.page].node);
  }

  /**
   * Puts a live deal into every ticker whose frame covers it; returns whether any ticker covers it, including one
   * that already got it from a board update that overtook the announcement.
   */
  announce(deal, current) {
    let covered = false;
    for (const frame of this.store.frames.values()) {
      if (frame.unit && ![deal.manager?.code, deal.subBranch?.code, deal.branch?.code].includes(frame.unit)) continue;
      for (const slot of this.screen.pages[frame.page].widgets.values()) {
        if (slot.def.type !== 'dealTicker' || (slot.def.kpis?.length && !slot.def.kpis.includes(deal.kpi))) continue;
        const deals = frame.widgets[slot.def.id]?.deals ?? [];
        covered = true;
        if (deals.some(d => d.id === deal.id)) continue;
        frame.widgets[slot.def.id] = { type: 'dealTicker', deals: [deal, ...deals].slice(0, slot.def.max) };
        if (current?.key === frame.key) {
          slot.panel.classList.remove('empty');
          slot.instance?.announce(deal);
        }
      }
    }
    return covered;
  }

  /** Replaces the guidance of every panel showing the update's scope. */
  applyGuidance(update, current) {
    for (const frame of this.store.framesShowing(update.scope)) {
      for (const slot of this.screen.pages[frame.page].widgets.values()) {
        if (slot.def.type !== 'guidancePanel') continue;
        frame.widgets[slot.def.id] = { type: 'guidancePanel', items: update.items };
      }
      if (current?.key === frame.key) this.showFrame(frame);
    }
  }

  resize() {
    clearTimeout(this.resizeTimer);
    this.resizeTimer = setTimeout(() => {
      for (const page of this.screen.pages) {
        for (const slot of page.widgets.values()) slot.instance?.resize?.();
      }
      const frame = this.shown && this.store.get(this.shown);
      if (frame) this.showFrame(frame);
    }, 200);
  }
}
