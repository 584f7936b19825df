/**
 * What only `npm run classroom` serves under /classroom/: the instructor's page (a static HTML
 * file, its script and stylesheet, under a strict CSP header), the rooms as JSON for that page,
 * and time-limited TURN credentials (and device mode's ICE servers) when coturn runs beside it.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { RoomSummary } from '../../src/lib/classroom/rooms.ts';
import { turnRestCredentials } from '../../src/lib/turn/restCredentials.ts';
import { COMMON_HEADERS } from './staticFiles.ts';

/** The CSP of the instructor page: its own script and stylesheet, nothing inline. */
export const INSTRUCTOR_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** How long handed-out TURN credentials last: a long lesson. */
export const TURN_CREDENTIAL_TTL_S = 4 * 60 * 60;

/** The TURN server beside the classroom server, as pages need it. */
export interface ClassroomTurn {
  urls: string[];
  /** coturn's static-auth-secret; never sent to a page. */
  secret: string;
}

/** What the instructor routes read from the running server. */
export interface InstructorState {
  rooms(): RoomSummary[];
  connections(): number;
  joinUrl: string;
  turn: ClassroomTurn | undefined;
  now(): number;
}

const ASSETS: Record<string, [file: string, type: string]> = {
  '/classroom/': ['index.html', 'text/html'],
  '/classroom/instructor.js': ['instructor.js', 'text/javascript'],
  '/classroom/instructor.css': ['instructor.css', 'text/css'],
};
const assetDir = join(import.meta.dirname, 'instructor');

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'application/json' })
    .end(JSON.stringify(body));
}

/** Answers a request under /classroom/; false when the path is not one of these routes. */
export async function serveInstructorRoute(
  state: InstructorState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const asset = ASSETS[path];
  if (asset) {
    const body = readFileSync(join(assetDir, asset[0]));
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': asset[1],
      'Content-Security-Policy': INSTRUCTOR_CSP,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }
  if (path === '/classroom/rooms.json') {
    sendJson(res, 200, {
      rooms: state.rooms(),
      connections: state.connections(),
      joinUrl: state.joinUrl,
      turn: state.turn !== undefined,
    });
    return true;
  }
  if (path === '/classroom/turn.json') {
    if (!state.turn) {
      sendJson(res, 404, { error: 'coturn is not installed on the instructor’s machine' });
      return true;
    }
    const { server, expiresAt } = await turnServer(state.turn, state.now());
    sendJson(res, 200, { iceServers: [server], expiresAt });
    return true;
  }
  // Device mode's configuration, always 200 so a page can ask without a 404 in its console:
  // the coturn as TURN and as STUN (server-reflexive candidates across the LAN), or nothing.
  if (path === '/classroom/ice-servers.json') {
    if (!state.turn) return (sendJson(res, 200, { iceServers: [] }), true);
    const { server, expiresAt } = await turnServer(state.turn, state.now());
    const stun = { urls: [stunUrlOf(state.turn.urls[0] ?? '')] };
    sendJson(res, 200, { iceServers: [stun, server], expiresAt });
    return true;
  }
  return false;
}

/** The classroom's TURN server with fresh credentials for a page. */
async function turnServer(turn: ClassroomTurn, now: number) {
  const { username, credential, expiresAt } = await turnRestCredentials(
    turn.secret,
    'classroom',
    TURN_CREDENTIAL_TTL_S,
    now,
  );
  return { server: { urls: turn.urls, username, credential }, expiresAt };
}

/** The STUN URL of the coturn behind a TURN URL: the same host and port answer both. */
export function stunUrlOf(turnUrl: string): string {
  return turnUrl.replace(/^turns?:/, 'stun:').replace(/\?.*$/, '');
}
