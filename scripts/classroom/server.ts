/**
 * The classroom server: one Node HTTP server that serves the built course, the instructor's
 * page under /classroom/ and the signaling WebSockets, all from one origin so the pages' CSP
 * (`connect-src 'self'`) admits the socket. Rooms live in memory; nothing is written to disk.
 * `npm run classroom`, the e2e fixture and the bench all start it through startClassroomServer.
 */
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import type { WebSocket } from 'ws';
import { CLASSROOM_WS_PATH } from '../../src/lib/classroom/protocol.ts';
import { RoomRegistry } from '../../src/lib/classroom/rooms.ts';
import {
  CLASSROOM_RATE_LIMIT,
  type TokenBucketLimits,
} from '../../src/lib/classroom/tokenBucket.ts';
import { serveInstructorRoute, type ClassroomTurn } from './instructorRoutes.ts';
import { startSignaling } from './signaling.ts';
import { COMMON_HEADERS, serveStatic } from './staticFiles.ts';

/** Where and what the server serves. */
export interface ClassroomOptions {
  /** The built course (a folder with index.html). */
  dist: string;
  host: string;
  /** 0 lets the system pick a free port. */
  port: number;
  turn?: ClassroomTurn;
  limits?: TokenBucketLimits;
  now?: () => number;
  idleMs?: number;
}

/** A running classroom server. */
export interface RunningClassroom {
  /** e.g. http://192.168.1.20:41234 */
  origin: string;
  /** e.g. ws://192.168.1.20:41234/classroom/ws */
  wsUrl: string;
  registry: RoomRegistry<WebSocket>;
  connections(): number;
  /** Closes every socket (1001) and the HTTP server. */
  stop(): Promise<void>;
}

/** Starts the server and resolves once it listens. */
export async function startClassroomServer(options: ClassroomOptions): Promise<RunningClassroom> {
  const dist = resolve(options.dist);
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`No built course in ${dist}: run \`npm run build\` first (or pass --dist).`);
  }
  const now = options.now ?? Date.now;
  const registry = new RoomRegistry<WebSocket>({
    randomIndex: randomInt,
    now,
    ...(options.idleMs === undefined ? {} : { idleMs: options.idleMs }),
  });
  const signaling = startSignaling({
    registry,
    limits: options.limits ?? CLASSROOM_RATE_LIMIT,
    now,
    sweepMs: 60_000,
  });
  let joinUrl = '';
  const state = {
    rooms: () => registry.summaries(),
    connections: () => signaling.connections(),
    get joinUrl() {
      return joinUrl;
    },
    turn: options.turn,
    now,
  };
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...COMMON_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    serveInstructorRoute(state, req, res).then(
      (served) => served || serveStatic(dist, req, res),
      () => res.writeHead(500, COMMON_HEADERS).end(),
    );
  });
  server.on('upgrade', (req, socket, head) => {
    if (!signaling.upgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const origin = `http://${host}:${port}`;
  joinUrl = `${origin}/`;
  return {
    origin,
    wsUrl: `ws://${host}:${port}${CLASSROOM_WS_PATH}`,
    registry,
    connections: () => signaling.connections(),
    async stop() {
      await signaling.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
