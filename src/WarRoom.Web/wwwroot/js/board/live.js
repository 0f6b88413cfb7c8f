// The hub connection of a big screen. A kiosk has nobody to press reload, so the connection never gives up:
// SignalR's automatic reconnect with capped exponential backoff, and around it a restart loop for the cases it
// does not cover (the first start failing, or the server closing the connection). After every (re)connect the
// screen subscribes again and the server answers with the complete current state.

const MAX_DELAY_MS = 30000;

/**
 * The first retry within 0.1–0.5 s: when a node of a cluster dies its screens are back on the survivor at once
 * (issue 24: within 5 s), and spreading a room's retries over 0.4 s keeps them from arriving in one instant. Then
 * 1 s, 2 s, 4 s … capped at 30 s, with jitter so a room of screens does not retry in lockstep.
 */
export const backoff = attempt => attempt === 0
  ? 100 + Math.random() * 400
  : Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.min(attempt - 1, 5)) * (0.8 + Math.random() * 0.4);

export function connectLive(state, handlers) {
  const signalR = globalThis.signalR;
  const token = new URLSearchParams(location.search).get('token');
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(state.hub, token ? { accessTokenFactory: () => token } : {})
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ctx => backoff(ctx.previousRetryCount) })
    .configureLogging(signalR.LogLevel.Warning)
    .build();

  connection.on('boardUpdated', payload => handlers.boardUpdated(payload));
  connection.on('dealAnnounced', deal => handlers.dealAnnounced(deal));
  connection.on('guidanceUpdated', update => handlers.guidanceUpdated(update));
  connection.on('boardReloaded', boardId => handlers.boardReloaded(boardId));

  async function subscribe() {
    // The server pushes a complete boardUpdated after Subscribe; if it also returns the payload, use it at once.
    const current = await connection.invoke('Subscribe', state.board.id);
    if (current && Array.isArray(current.frames)) handlers.boardUpdated(current);
    handlers.status('live');
  }

  connection.onreconnecting(() => handlers.status('down'));
  connection.onreconnected(() => subscribe().catch(() => connection.stop()));
  connection.onclose(() => {
    handlers.status('down');
    restart(0);
  });

  let restarting = false;
  async function restart(attempt) {
    if (restarting) return;
    restarting = true;
    for (let i = attempt; ; i++) {
      try {
        if (connection.state === signalR.HubConnectionState.Disconnected) await connection.start();
        await subscribe();
        break;
      } catch {
        handlers.status('down');
        await new Promise(resolve => setTimeout(resolve, backoff(i)));
      }
    }
    restarting = false;
  }

  handlers.status('connecting');
  restart(0);
  return connection;
}

/**
 * Reloads the page once the server answers, so a definition change pushed just before a restart cannot leave
 * the kiosk on a browser error page. Waits between tries and never reloads more than once per 20 s.
 */
export async function reloadWhenReachable() {
  const last = Number(sessionStorage.getItem('warroom-reloaded-at') ?? 0);
  const wait = Math.max(0, last + 20000 - Date.now());
  if (wait) await new Promise(resolve => setTimeout(resolve, wait));
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(location.href, { cache: 'no-store' });
      if (response.ok) {
        sessionStorage.setItem('warroom-reloaded-at', String(Date.now()));
        location.reload();
        return;
      }
    } catch {
      // server still down: try again later
    }
    await new Promise(resolve => setTimeout(resolve, backoff(attempt)));
  }
}
