// The classroom server's WebSocket protocol, shared by the server (scripts/classroom/) and the
// page's transport (src/rtc/signaling/roomTransport.ts). Every frame is one JSON object with a
// `kind`. The server relays `signal` payloads between the two peers of a room untouched.
import type { JoinRefusal } from './rooms';

/** The WebSocket path on the classroom server (same origin as the pages). */
export const CLASSROOM_WS_PATH = '/classroom/ws';

/** Largest frame the server accepts: 64 KiB (a long SDP with many candidates is under 10 KiB). */
export const CLASSROOM_MESSAGE_LIMIT = 64 * 1024;

/** Close codes the server uses, each with the reason it sends. */
export const CLASSROOM_CLOSE = Object.freeze({
  /** The server is stopping (Ctrl-C on the instructor's machine). */
  goingAway: 1001,
  /** A frame that is not JSON. */
  notJson: 1007,
  /** A JSON frame of an unknown kind or shape, or too many messages too fast. */
  policy: 1008,
  /** A frame over 64 KiB (closed by the ws library itself, which sends no reason text). */
  tooBig: 1009,
  /** The room saw no message for an hour. */
  expired: 4001,
});

const SIGNAL_KINDS = ['hello', 'description', 'candidate', 'bye'] as const;

/** A signaling message as the server sees it: a known kind and a sender id, the rest opaque. */
export type RelayedSignal = { kind: (typeof SIGNAL_KINDS)[number]; peer: string } & Record<
  string,
  unknown
>;

/** What a page sends to the server. */
export type ClientMessage =
  | { kind: 'create' }
  | { kind: 'join'; code: string }
  | { kind: 'signal'; message: RelayedSignal }
  | { kind: 'report'; connectionState: string; candidateType: string | null };

/** What the server sends to a page. */
export type ServerMessage =
  /** You are in room `code`; `peers` counts you too. */
  | { kind: 'room'; code: string; peers: number }
  | { kind: 'refused'; reason: JoinRefusal | 'server-full' }
  | { kind: 'peer-joined' }
  | { kind: 'peer-left' }
  | { kind: 'signal'; message: RelayedSignal };

/** A parsed client frame, or the close code and reason that end the sender's socket. */
export type ParsedClientMessage =
  { ok: true; message: ClientMessage } | { ok: false; code: number; reason: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const shortString = (value: unknown, max = 64): value is string =>
  typeof value === 'string' && value.length <= max;

/** Reads one text frame from a page; never throws. */
export function parseClientMessage(text: string): ParsedClientMessage {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, code: CLASSROOM_CLOSE.notJson, reason: 'message is not JSON' };
  }
  const policy = (reason: string) => ({ ok: false as const, code: CLASSROOM_CLOSE.policy, reason });
  if (!isObject(value) || typeof value['kind'] !== 'string') {
    return policy('message has no kind');
  }
  const kind = value['kind'];
  if (kind === 'create') return { ok: true, message: { kind } };
  if (kind === 'join') {
    return shortString(value['code'])
      ? { ok: true, message: { kind, code: value['code'] } }
      : policy('join without a code');
  }
  if (kind === 'report') {
    const { connectionState, candidateType } = value;
    if (!shortString(connectionState) || !(candidateType === null || shortString(candidateType))) {
      return policy('report without connectionState and candidateType');
    }
    return { ok: true, message: { kind, connectionState, candidateType } };
  }
  if (kind === 'signal') {
    const message = value['message'];
    if (
      !isObject(message) ||
      !SIGNAL_KINDS.includes(message['kind'] as RelayedSignal['kind']) ||
      !shortString(message['peer'])
    ) {
      return policy('signal is not a hello, description, candidate or bye');
    }
    return { ok: true, message: { kind, message: message as RelayedSignal } };
  }
  return policy(`unknown message kind ${JSON.stringify(kind.slice(0, 32))}`);
}
