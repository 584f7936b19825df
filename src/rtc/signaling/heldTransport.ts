/**
 * A transport that can hold back what this peer sends: the signaling lab holds its offer (and
 * the candidates after it) until the other peer's offer is set too, so that the two offers cross
 * and glare happens for certain instead of by luck of timing.
 */
import type { SignalMessage, SignalingTransport } from './transport';

/** A transport whose outgoing messages wait in a queue until `release()`. */
export interface HeldTransport extends SignalingTransport {
  /** Sends every held message in order; later messages go straight through. */
  release(): void;
  /** How many messages wait. */
  readonly held: number;
}

/** Wraps `inner` so that `send` queues until `release()`; receiving is untouched. */
export function holdOutgoing(inner: SignalingTransport): HeldTransport {
  let queue: SignalMessage[] | null = [];
  return {
    get held() {
      return queue?.length ?? 0;
    },
    send(message) {
      if (queue) queue.push(message);
      else inner.send(message);
    },
    subscribe: (listener) => inner.subscribe(listener),
    release() {
      const waiting = queue ?? [];
      queue = null;
      for (const message of waiting) inner.send(message);
    },
    // Drops what waits; the inner transport belongs to the caller and stays open.
    close() {
      queue = null;
    },
  };
}
