/**
 * A room on the classroom server (`npm run classroom`) as a SignalingTransport: one WebSocket to
 * the page's own origin (so the CSP's `connect-src 'self'` admits it), a room created or joined
 * by code, and the other device's messages relayed by the server. Each side says `hello` once
 * both are in the room, so each learns the other's id; the server's "peer left" reaches
 * listeners as that peer's `bye`.
 */
import {
  CLASSROOM_WS_PATH,
  type ClientMessage,
  type ServerMessage,
} from '~/lib/classroom/protocol';
import { explainClose, explainRefusal, NO_CLASSROOM_SERVER } from '~/lib/classroom/roomErrors';
import { withTimeout } from '../wait';
import type { SignalMessage, SignalingTransport } from './transport';

/** A refused or failed room, with the sentence a learner reads. */
export class RoomError extends Error {
  override name = 'RoomError';
}

/** A SignalingTransport through one room of the classroom server. */
export interface RoomTransport extends SignalingTransport {
  /** The room's code (8 characters). */
  readonly code: string;
  /** The other device's id once its hello arrived, else null. */
  readonly peer: string | null;
  /** Tells the instructor's page how this side's connection is doing. */
  report(connectionState: string, candidateType: string | null): void;
}

/** What the page hears besides signaling messages. */
export interface RoomEvents {
  /** The other device said hello (its id) or left (null). */
  onPeer?(peer: string | null): void;
  /** The socket closed without this page asking: the explanation to show. */
  onClosed?(explanation: string): void;
}

/** Create a new room, or join the room `code` names. */
export type RoomRequest = { create: true } | { code: string };

const ANSWER_TIMEOUT_MS = 10_000;

/** The classroom's WebSocket URL on the origin of `page` (ws: for http:, wss: for https:). */
export function classroomSocketUrl(page: { protocol: string; host: string }): string {
  return `${page.protocol === 'https:' ? 'wss' : 'ws'}://${page.host}${CLASSROOM_WS_PATH}`;
}

/** Opens a socket, creates or joins a room as peer `self`, and resolves once inside. */
export function openRoom(
  request: RoomRequest,
  self: string,
  events: RoomEvents = {},
  url = classroomSocketUrl(location),
): Promise<RoomTransport> {
  const socket = new WebSocket(url);
  const listeners = new Set<(message: SignalMessage) => void>();
  let peer: string | null = null;
  let closedByUs = false;
  let code = '';
  const post = (message: ClientMessage) => {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  };
  const deliver = (message: SignalMessage) => {
    for (const listener of [...listeners]) listener(message);
  };
  const hello = () => post({ kind: 'signal', message: { kind: 'hello', peer: self } });
  const setPeer = (id: string | null) => {
    peer = id;
    events.onPeer?.(id);
  };

  const transport: RoomTransport = {
    get code() {
      return code;
    },
    get peer() {
      return peer;
    },
    send(message) {
      post({ kind: 'signal', message });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report(connectionState, candidateType) {
      post({ kind: 'report', connectionState, candidateType });
    },
    close() {
      if (closedByUs) return;
      closedByUs = true;
      listeners.clear();
      if (socket.readyState === WebSocket.OPEN) socket.close(1000, 'left the room');
      else if (socket.readyState === WebSocket.CONNECTING) socket.onopen = () => socket.close();
    },
  };

  const entered = new Promise<RoomTransport>((resolve, reject) => {
    let inside = false;
    socket.onopen = () =>
      post('create' in request ? { kind: 'create' } : { kind: 'join', code: request.code });
    socket.onerror = () => {
      if (!inside) reject(new RoomError(NO_CLASSROOM_SERVER));
    };
    socket.onclose = (event) => {
      if (!inside) {
        reject(
          new RoomError(
            event.code === 1006 ? NO_CLASSROOM_SERVER : explainClose(event.code, event.reason),
          ),
        );
        return;
      }
      if (peer !== null) {
        deliver({ kind: 'bye', peer });
        setPeer(null);
      }
      if (!closedByUs) events.onClosed?.(explainClose(event.code, event.reason));
    };
    socket.onmessage = ({ data }: MessageEvent<string>) => {
      const message = JSON.parse(data) as ServerMessage;
      if (message.kind === 'refused') {
        transport.close();
        reject(new RoomError(explainRefusal(message.reason)));
      } else if (message.kind === 'room') {
        inside = true;
        code = message.code;
        resolve(transport);
        if (message.peers > 1) hello();
      } else if (message.kind === 'peer-joined') {
        hello();
      } else if (message.kind === 'peer-left') {
        if (peer !== null) deliver({ kind: 'bye', peer });
        setPeer(null);
      } else if (message.kind === 'signal') {
        const signal = message.message as SignalMessage;
        if (signal.kind === 'hello' && !signal.glare && signal.peer !== peer) setPeer(signal.peer);
        deliver(signal);
      }
    };
  });
  return withTimeout(entered, ANSWER_TIMEOUT_MS, NO_CLASSROOM_SERVER).catch((error: unknown) => {
    transport.close();
    throw error instanceof RoomError ? error : new RoomError(NO_CLASSROOM_SERVER);
  });
}
