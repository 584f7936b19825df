/**
 * The classroom's signaling endpoint: WebSockets on CLASSROOM_WS_PATH, each connection a peer of
 * at most one room. Signals are relayed to the other peer of the room untouched; a frame that is
 * not JSON, of an unknown kind, over 64 KiB or over the rate limit closes that socket alone,
 * with a close code and a reason.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  CLASSROOM_CLOSE,
  CLASSROOM_MESSAGE_LIMIT,
  CLASSROOM_WS_PATH,
  parseClientMessage,
  type ClientMessage,
  type ServerMessage,
} from '../../src/lib/classroom/protocol.ts';
import type { RoomRegistry } from '../../src/lib/classroom/rooms.ts';
import { TokenBucket, type TokenBucketLimits } from '../../src/lib/classroom/tokenBucket.ts';

/** The running endpoint. */
export interface SignalingEndpoint {
  /** Takes over an HTTP upgrade request; false when the path is not the endpoint's. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Open WebSockets. */
  connections(): number;
  /** Closes every socket with 1001 and stops the expiry timer. */
  close(): Promise<void>;
}

/** Settings of the endpoint. */
export interface SignalingOptions {
  registry: RoomRegistry<WebSocket>;
  limits: TokenBucketLimits;
  now: () => number;
  /** How often idle rooms are looked for, in ms. */
  sweepMs: number;
}

const send = (socket: WebSocket, message: ServerMessage) => {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
};

/** Whether a browser's Origin header names this server (a missing one is not a browser). */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** Starts the endpoint (it listens through the HTTP server's upgrade events). */
export function startSignaling(options: SignalingOptions): SignalingEndpoint {
  const { registry, limits, now } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: CLASSROOM_MESSAGE_LIMIT });

  const handle = (socket: WebSocket, message: ClientMessage) => {
    if (message.kind === 'signal') {
      for (const other of registry.othersOf(socket)) send(other, message);
      return;
    }
    if (message.kind === 'report') {
      const { connectionState, candidateType } = message;
      registry.report(socket, { connectionState, candidateType });
      return;
    }
    const before = registry.roomOf(socket);
    const left = before === undefined ? [] : registry.othersOf(socket);
    const outcome =
      message.kind === 'create' ? registry.create(socket) : registry.join(message.code, socket);
    if (!outcome.ok) {
      send(socket, { kind: 'refused', reason: outcome.reason });
      return;
    }
    if (before !== undefined && before !== outcome.code) {
      for (const other of left) send(other, { kind: 'peer-left' });
    }
    send(socket, { kind: 'room', code: outcome.code, peers: outcome.others.length + 1 });
    for (const other of outcome.others) send(other, { kind: 'peer-joined' });
  };

  wss.on('connection', (socket: WebSocket) => {
    const bucket = new TokenBucket(limits, now());
    socket.on('message', (data, isBinary) => {
      if (isBinary) {
        socket.close(CLASSROOM_CLOSE.policy, 'binary frames are not accepted');
        return;
      }
      if (!bucket.take(now())) {
        socket.close(
          CLASSROOM_CLOSE.policy,
          `rate limit: ${limits.capacity} messages at once, ${limits.refillPerSecond} per second`,
        );
        return;
      }
      const parsed = parseClientMessage(String(data));
      if (parsed.ok) handle(socket, parsed.message);
      else socket.close(parsed.code, parsed.reason);
    });
    socket.on('close', () => {
      for (const other of registry.leave(socket)) send(other, { kind: 'peer-left' });
    });
    // A frame over maxPayload: ws has already closed the socket with 1009.
    socket.on('error', () => {});
  });

  const sweep = setInterval(() => {
    for (const socket of registry.expire()) {
      socket.close(CLASSROOM_CLOSE.expired, 'room expired after an hour without a message');
    }
  }, options.sweepMs);
  sweep.unref();

  return {
    upgrade(req, socket, head) {
      if (new URL(req.url ?? '/', 'http://x').pathname !== CLASSROOM_WS_PATH) return false;
      if (!sameOrigin(req)) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
        return true;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
      return true;
    },
    connections: () => wss.clients.size,
    close() {
      clearInterval(sweep);
      for (const socket of wss.clients) socket.close(CLASSROOM_CLOSE.goingAway, 'server stopping');
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          for (const socket of wss.clients) socket.terminate();
        }, 1000);
        wss.close(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}
