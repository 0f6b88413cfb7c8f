// WarRoom big screen. The server embeds the board definition and its current data in
// <script type="application/json" id="board-state"> ({ board, payload, lang, hub }); this module draws every
// widget from it, rotates the pages, and from then on is driven by the SignalR hub: boardUpdated (data, merged in
// place), dealAnnounced (喜报), guidanceUpdated, and boardReloaded (the definition changed: reload the page).
// Needs /lib/echarts.min.js and /lib/signalr.min.js loaded as classic scripts before it.
import { buildScreen } from './board/layout.js';
import { FrameStore } from './board/store.js';
import { Rotation } from './board/rotation.js';
import { connectLive, reloadWhenReachable } from './board/live.js';
import { Header } from './board/header.js';
import { WidgetHost } from './board/widgetHost.js';
import { setLang } from './board/format.js';

/** Starts a screen from a BoardState. `live: false` draws the embedded data only (prototype, no server). */
export function start(state, { live = true, root = document.getElementById('board') } = {}) {
  setLang(state.lang);
  if (!root) {
    root = document.createElement('div');
    root.id = 'board';
    document.body.append(root);
  }

  const query = new URLSearchParams(location.search);
  const screen = buildScreen(root, state.board);
  const store = new FrameStore(state.board);
  const header = new Header(screen, state.board, { now: state.now, frozen: state.clockFrozen });
  const widgets = new WidgetHost(screen, state.board, store);
  const rotation = new Rotation(store, (frame, index, sequence) => {
    screen.pages.forEach((p, i) => p.node.classList.toggle('active', i === frame.page));
    header.showFrame(frame, index, sequence);
    widgets.showFrame(frame);
  }, screen.progress, { page: query.get('page'), unit: query.get('unit') });

  store.apply(state.payload);
  header.asOf(store.asOf);
  widgets.createAll();
  rotation.start();
  // The first page appears at once; later page changes fade. A pinned page never fades.
  root.classList.add('instant');
  if (!query.get('page')) requestAnimationFrame(() => requestAnimationFrame(() => root.classList.remove('instant')));

  const celebrated = new Set();
  const handlers = {
    boardUpdated(payload) {
      const { touched, mismatch } = store.apply(payload);
      if (mismatch) {
        reloadWhenReachable();
        return;
      }
      header.asOf(store.asOf);
      // A new set of frames (e.g. a complete resync) may move the rotation; otherwise redraw the frame on screen.
      if (!rotation.refresh() && touched.has(rotation.key)) widgets.showFrame(store.get(rotation.key));
    },
    dealAnnounced(deal) {
      // Once per deal, even when the ticker's board update got here first: the room cheers for every 喜报.
      if (widgets.announce(deal, rotation.current) && !celebrated.has(deal.id)) {
        if (celebrated.size > 1000) celebrated.clear();
        celebrated.add(deal.id);
        header.celebrate(deal);
      }
    },
    guidanceUpdated(update) {
      widgets.applyGuidance(update, rotation.current);
    },
    boardReloaded(boardId) {
      if (!boardId || boardId === state.board.id) reloadWhenReachable();
    },
    status(value) {
      header.status(value);
    },
  };

  if (live) connectLive(state, handlers);
  else header.status('offline');
  // Text is fitted to its box (fit.js): again when the box changes, and once the fonts are in (a fallback font
  // measured first would leave the real one cut).
  const refit = () => {
    header.refit();
    widgets.resize();
  };
  window.addEventListener('resize', refit);
  document.fonts?.ready.then(refit);
  return { store, rotation, handlers };
}

const embedded = document.getElementById('board-state');
if (embedded) start(JSON.parse(embedded.textContent));
