// Holds the board's frames (one per page, one per unit on a cycling page) and merges pushed payloads into them.

export const frameKey = (page, unit) => `${page}|${unit ?? ''}`;

export class FrameStore {
  constructor(board) {
    this.board = board;
    this.frames = new Map();
    this.asOf = null;
  }

  /**
   * Applies a BoardPayload. A complete one replaces every frame; a partial one replaces only the widgets it
   * carries. Returns the keys of the frames it touched, or { mismatch: true } when the payload names pages or
   * widgets this definition does not have (the definition changed on the server while we were away).
   */
  apply(payload) {
    if (!payload || payload.boardId !== this.board.id) return { touched: new Set(), mismatch: false };
    for (const frame of payload.frames) {
      const page = this.board.pages[frame.page];
      const ids = new Set(page?.widgets.map(w => w.id) ?? []);
      if (!page || Object.keys(frame.widgets ?? {}).some(id => !ids.has(id))) return { touched: new Set(), mismatch: true };
    }

    const touched = new Set();
    const next = payload.complete ? new Map() : this.frames;
    for (const frame of payload.frames) {
      const key = frameKey(frame.page, frame.unit);
      const old = this.frames.get(key);
      const widgets = payload.complete ? { ...frame.widgets } : { ...(old?.widgets ?? {}), ...frame.widgets };
      next.set(key, { key, page: frame.page, unit: frame.unit ?? null, unitName: frame.unitName ?? old?.unitName ?? null, widgets });
      touched.add(key);
    }

    this.frames = next;
    if (payload.asOf) this.asOf = new Date(payload.asOf);
    return { touched, mismatch: false };
  }

  get(key) {
    return this.frames.get(key);
  }

  /**
   * The order the screen shows frames in: pages in board order; a cycling page contributes its frames in the
   * server's order and is skipped while it has none; a plain page is always shown, empty until data comes.
   */
  sequence() {
    const list = [];
    this.board.pages.forEach((page, index) => {
      const frames = [...this.frames.values()].filter(f => f.page === index);
      if (frames.length) list.push(...(page.cycle ? frames : frames.slice(0, 1)));
      else if (!page.cycle) list.push({ key: frameKey(index, null), page: index, unit: null, unitName: null, widgets: {} });
    });
    return list;
  }

  /** Frames whose widgets show `scope`: the cycled unit, else the board's scope. */
  framesShowing(scope) {
    return [...this.frames.values()].filter(f => (f.unit ?? this.board.scope) === scope);
  }
}
