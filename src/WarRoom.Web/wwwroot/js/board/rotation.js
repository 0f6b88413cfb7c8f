// Rotates through the board's frames, each for its page's dwell time, with a progress bar showing how long the
// current one stays. `?page=<id or index>` (and `?unit=<code>` for a cycling page) pins one frame for inspection.

export class Rotation {
  constructor(store, onShow, progress, pin) {
    this.store = store;
    this.onShow = onShow;
    this.progress = progress;
    this.pin = pin;
    this.index = -1;
    this.key = null;
    this.timer = null;
  }

  start() {
    this.show(this.pinnedIndex() ?? 0);
  }

  /** The frames changed (a complete update arrived): stay on the same frame if it still exists. */
  refresh() {
    const sequence = this.store.sequence();
    const same = sequence.findIndex(f => f.key === this.key);
    if (same >= 0) {
      this.index = same;
      return false;
    }

    this.show(this.pinnedIndex() ?? Math.min(Math.max(this.index, 0), sequence.length - 1));
    return true;
  }

  get current() {
    return this.store.sequence()[this.index] ?? null;
  }

  show(index) {
    clearTimeout(this.timer);
    const sequence = this.store.sequence();
    if (!sequence.length) return;
    this.index = ((index % sequence.length) + sequence.length) % sequence.length;
    const frame = sequence[this.index];
    this.key = frame.key;
    this.onShow(frame, this.index, sequence);

    const dwell = this.store.board.pages[frame.page].dwellSeconds;
    const rotating = sequence.length > 1 && this.pinnedIndex() === null;
    this.animateProgress(rotating ? dwell : 0);
    if (rotating) this.timer = setTimeout(() => this.show(this.index + 1), dwell * 1000);
  }

  animateProgress(seconds) {
    const bar = this.progress;
    bar.style.transition = 'none';
    bar.style.width = seconds ? '0%' : '100%';
    void bar.offsetWidth; // commit the reset before starting the transition
    if (seconds) {
      bar.style.transition = `width ${seconds}s linear`;
      bar.style.width = '100%';
    }
  }

  pinnedIndex() {
    if (this.pin.page == null) return null;
    const pages = this.store.board.pages;
    const page = /^\d+$/.test(this.pin.page) ? Number(this.pin.page) : pages.findIndex(p => p.id === this.pin.page);
    const sequence = this.store.sequence();
    const found = sequence.findIndex(f => f.page === page && (this.pin.unit == null || f.unit === this.pin.unit));
    return found >= 0 ? found : null;
  }
}
