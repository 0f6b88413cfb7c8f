// Prototype only: fakes the hub's pushes from the sample state (values creeping up, big deals, a disconnect)
// so that the live behaviour of board.js can be watched without a server.

export function simulate(state, handlers) {
  const payload = structuredClone(state.payload);
  let tick = 0;

  setInterval(() => {
    tick++;
    for (const frame of payload.frames) {
      for (const widget of Object.values(frame.widgets)) grow(widget);
    }
    payload.asOf = new Date().toISOString();
    handlers.boardUpdated(structuredClone({ ...payload, complete: false }));
    if (tick % 3 === 0) handlers.dealAnnounced(fakeDeal(payload, tick));
  }, 4000);

  // Shows the stale mark: the connection "drops" at 20 s and comes back at 35 s.
  setTimeout(() => handlers.status('down'), 20000);
  setTimeout(() => handlers.status('offline'), 35000);
}

function grow(widget) {
  if (widget.rows) {
    for (const row of widget.rows) {
      row.value = +(row.value * (1 + Math.random() * 0.03)).toFixed(1);
      if (row.score != null) row.score = row.value;
      if (row.target) row.completion = row.value / row.target;
    }
    widget.rows.sort((a, b) => b.value - a.value).forEach((row, i) => { row.rank = i + 1; });
  }
  if (widget.tiles) {
    for (const tile of widget.tiles) {
      tile.value = +(tile.value * (1 + Math.random() * 0.004)).toFixed(1);
      tile.completion = tile.value / tile.target;
      tile.pace = tile.completion - widget.timeProgress;
    }
  }
}

function fakeDeal(payload, tick) {
  const sample = payload.frames.flatMap(f => Object.values(f.widgets)).find(w => w.deals)?.deals[0];
  return { ...structuredClone(sample), id: `demo-${tick}`, time: new Date().toISOString(), amount: 500 + (tick % 7) * 300 };
}
