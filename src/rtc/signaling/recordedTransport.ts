/** A transport that reports every message it carries, both ways, as it goes by. */
import type { SignalMessage, SignalingTransport } from './transport';

/** Which way a message went, seen from this peer. */
export type Direction = 'in' | 'out';

/**
 * Wraps `inner`: `onSignal` sees each message sent and each one received (once, however many
 * listeners hear it). Closing the wrapper stops the reports; `inner` stays open.
 */
export function recordedTransport(
  inner: SignalingTransport,
  onSignal: (message: SignalMessage, direction: Direction) => void,
): SignalingTransport {
  const listeners = new Set<(message: SignalMessage) => void>();
  let stop: (() => void) | null = inner.subscribe((message) => {
    onSignal(message, 'in');
    for (const listener of [...listeners]) listener(message);
  });
  return {
    send(message) {
      if (!stop) return;
      onSignal(message, 'out');
      inner.send(message);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      stop?.();
      stop = null;
      listeners.clear();
    },
  };
}
