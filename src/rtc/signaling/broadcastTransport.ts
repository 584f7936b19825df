/**
 * Two tabs of this site as the signaling channel: a BroadcastChannel named after a session id,
 * so that several course tabs open at once do not mix. The first tab heard saying `hello`
 * becomes this tab's peer (and hears `hello` back, once); a third tab of the same session is
 * told the session is full and otherwise ignored. A `bye` from the peer frees the place again.
 */
import type { SignalMessage, SignalingTransport } from './transport';

/** What travels on the BroadcastChannel: a signaling message, or "this session is full". */
interface Envelope {
  from: string;
  /** The one tab the envelope is for (absent: every tab of the session). */
  to?: string;
  message?: SignalMessage;
  full?: true;
}

/** The prefix of every channel name (the session id follows). */
export const CHANNEL_PREFIX = 'webrtc-course-signaling-';

/** Whether this browser has BroadcastChannel. */
export function hasBroadcastChannel(): boolean {
  return typeof globalThis.BroadcastChannel === 'function';
}

/** A SignalingTransport between two tabs; `peer` is the other tab's id once one has answered. */
export interface BroadcastTransport extends SignalingTransport {
  readonly peer: string | null;
}

/** What the tab hears besides the peer's messages. */
export interface BroadcastEvents {
  /** A tab was found (its hello) or left (its bye): the new peer id, or null. */
  onPeer?(peer: string | null): void;
  /** Another two tabs already hold this session. */
  onFull?(): void;
}

/** Joins session `session` as tab `self` and says hello to whoever is there. */
export function openBroadcastTransport(
  session: string,
  self: string,
  events: BroadcastEvents = {},
): BroadcastTransport {
  const channel = new BroadcastChannel(CHANNEL_PREFIX + session);
  const listeners = new Set<(message: SignalMessage) => void>();
  let peer: string | null = null;
  let closed = false;

  const post = (envelope: Envelope) => {
    if (!closed) channel.postMessage(envelope);
  };
  const deliver = (message: SignalMessage) => {
    // A copy: a listener added while this message is delivered hears the next one, not this.
    for (const listener of [...listeners]) listener(message);
  };
  const setPeer = (id: string | null) => {
    peer = id;
    events.onPeer?.(id);
  };

  channel.onmessage = ({ data }: MessageEvent<Envelope>) => {
    if (closed || !data || typeof data.from !== 'string') return;
    if (data.to !== undefined && data.to !== self) return;
    if (data.full) return events.onFull?.();
    const message = data.message;
    if (!message) return;
    if (peer === null) {
      if (message.kind !== 'hello' || message.glare) return;
      setPeer(data.from);
      // A broadcast hello is answered once, to its sender; an answer is not answered again.
      if (data.to === undefined) post({ from: self, to: data.from, message: hello(self) });
      return deliver(message);
    }
    if (data.from === peer) {
      deliver(message);
      if (message.kind === 'bye') setPeer(null);
      return;
    }
    if (message.kind === 'hello' && !message.glare) post({ from: self, to: data.from, full: true });
  };
  post({ from: self, message: hello(self) });

  return {
    get peer() {
      return peer;
    },
    send(message) {
      if (peer !== null) post({ from: self, to: peer, message });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      if (closed) return;
      if (peer !== null) post({ from: self, to: peer, message: { kind: 'bye', peer: self } });
      closed = true;
      listeners.clear();
      channel.close();
    },
  };
}

function hello(self: string): SignalMessage {
  return { kind: 'hello', peer: self };
}
