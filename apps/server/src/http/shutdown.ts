import http from 'node:http';
import net from 'node:net';
import { logger } from '../core/logger';

/** How long a connection with no request may stay open once draining (a request may be on its way). */
const IDLE_LINGER_MS = 500;
const POLL_MS = 25;

export const SHUTTING_DOWN_BODY = JSON.stringify({
  errors: [{ message: '服务器正在重启，请稍后重试', extensions: { code: 'SERVER_SHUTTING_DOWN' } }],
});

interface SocketState {
  active: number;
  idleSince: number;
}

/**
 * Graceful shutdown of the HTTP server without losing requests. Node's `server.close()` (and
 * Apollo's drain plugin) destroy every connection without a parsed request at once — including
 * those whose request is still unread in the socket buffer — and the listener's backlog is reset
 * with it: those clients got ECONNRESET for requests that never ran. Here every request that
 * arrives during the drain is answered (with
 * `Connection: close`), and a connection or the listener is closed only once idle for a moment.
 */
export class ConnectionDrain {
  private readonly sockets = new Map<net.Socket, SocketState>();
  private readonly pending = new Set<http.ServerResponse>();
  private startedAt = 0;
  private deadline = Infinity;
  private closing: Promise<void> | undefined;
  private lastRequest = 0;
  /** Health probes in flight: a load balancer's probes must not keep a drained server open. */
  private probes = 0;

  /**
   * @param graceMs the whole drain, after which the remaining connections are cut
   * @param lateMs a request arriving with less than this left of the grace period is not started (503)
   */
  constructor(
    private readonly server: http.Server,
    private readonly graceMs: number,
    private readonly lateMs: number,
  ) {
    server.on('connection', (socket: net.Socket) => {
      this.sockets.set(socket, { active: 0, idleSince: Date.now() });
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  get draining(): boolean {
    return this.closing !== undefined;
  }

  /** Counts the request on its connection; false when it was answered here (too late to start). */
  admit(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const state = this.sockets.get(req.socket);
    if (state) state.active += 1;
    const probe = req.url === '/readyz' || req.url === '/healthz';
    if (probe) this.probes += 1;
    else this.lastRequest = Date.now();
    this.pending.add(res);
    res.once('close', () => {
      this.pending.delete(res);
      if (probe) this.probes -= 1;
      if (state) {
        state.active -= 1;
        state.idleSince = Date.now();
      }
    });
    if (!this.draining) return true;
    res.setHeader('connection', 'close');
    if (this.deadline - Date.now() > this.lateMs) return true;
    req.resume();
    res.writeHead(503, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(SHUTTING_DOWN_BODY),
      'retry-after': '1',
    });
    res.end(SHUTTING_DOWN_BODY);
    return false;
  }

  /** Stops accepting, answers what was received, and resolves once every connection is closed. */
  close(): Promise<void> {
    this.closing ??= this.drain();
    return this.closing;
  }

  private async drain(): Promise<void> {
    this.startedAt = Date.now();
    this.deadline = this.startedAt + this.graceMs;
    for (const res of this.pending) if (!res.headersSent) res.setHeader('connection', 'close');
    // The listener stays open while requests are answered: closing it resets every connection
    // still in its backlog, and a busy server may not have accepted them yet. /readyz says 503,
    // so a load balancer sends no more; the listener closes once nothing has come for a moment.
    this.lastRequest = Date.now();
    let listenerClosed: Promise<void> | undefined;
    const closeListener = () =>
      // net's close, not http's: http's would destroy idle connections whose request is still unread.
      (listenerClosed ??= new Promise<void>((resolve) =>
        net.Server.prototype.close.call(this.server, () => resolve()),
      ));
    while (Date.now() < this.deadline) {
      const now = Date.now();
      if (this.pending.size > this.probes) this.lastRequest = now;
      for (const [socket, state] of this.sockets) {
        if (state.active === 0 && now - Math.max(state.idleSince, this.startedAt) >= IDLE_LINGER_MS) socket.end();
      }
      if (now - this.lastRequest >= IDLE_LINGER_MS) void closeListener();
      if (listenerClosed && this.sockets.size === 0) break;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    void closeListener(); // never rejects; awaited below
    if (this.sockets.size > 0) {
      logger.warn(
        { connections: this.sockets.size, active: this.pending.size },
        'grace period over: closing the remaining connections',
      );
      for (const socket of this.sockets.keys()) socket.destroy();
    }
    await listenerClosed;
  }
}
