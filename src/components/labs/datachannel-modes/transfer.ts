// Moves bytes from one end of a data channel to the other with back-pressure, and counts them
// on arrival. Nothing here touches the page: the lab reads the counters once per frame.
import type { TransferPlan } from '~/lib/datachannel/transferPlan';
import { abortError } from '~/rtc/wait';

/** How long the receiver may stay silent, once the sender's queue is empty, before it is done. */
const QUIET_MS = 1_000;

/** Plain counters the lab reads (no reactivity: they change once per message). */
export class ByteCounter {
  received = 0;
  /** performance.now() of the last binary message. */
  lastAt = 0;
  /** Called once, at the message that brings `received` to `target`. */
  onTarget: (() => void) | null = null;
  target = Number.POSITIVE_INFINITY;
  #channel: RTCDataChannel;
  #count = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data === 'string') return;
    this.received += (data as ArrayBuffer).byteLength;
    this.lastAt = performance.now();
    if (this.received >= this.target && this.onTarget) {
      const reached = this.onTarget;
      this.onTarget = null;
      reached();
    }
  };

  /** Counts every binary message `channel` (the receiving end) delivers from now on. */
  constructor(channel: RTCDataChannel) {
    channel.binaryType = 'arraybuffer';
    this.#channel = channel;
    channel.addEventListener('message', this.#count);
  }

  /** Stops counting. */
  stop(): void {
    this.#channel.removeEventListener('message', this.#count);
  }
}

/**
 * Sends `plan.totalBytes` on `channel` in messages of `plan.chunkBytes`, never letting more than
 * `plan.highWaterBytes` wait in the queue: past it, the next message goes on `bufferedamountlow`.
 * Resolves once every message has been handed to send(); rejects with send()'s own error.
 */
export function pump(channel: RTCDataChannel, plan: TransferPlan, signal: AbortSignal) {
  const chunk = new Uint8Array(plan.chunkBytes);
  channel.bufferedAmountLowThreshold = plan.lowWaterBytes;
  return new Promise<void>((resolve, reject) => {
    let sent = 0;
    const finish = (error?: unknown) => {
      channel.removeEventListener('bufferedamountlow', fill);
      signal.removeEventListener('abort', abort);
      if (error === undefined) resolve();
      else reject(error);
    };
    const abort = () => finish(abortError());
    function fill(): void {
      try {
        while (sent < plan.totalBytes) {
          if (channel.bufferedAmount > plan.highWaterBytes) return;
          const n = Math.min(plan.chunkBytes, plan.totalBytes - sent);
          channel.send(n === plan.chunkBytes ? chunk : chunk.subarray(0, n));
          sent += n;
        }
      } catch (error) {
        return finish(error);
      }
      finish();
    }
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort);
    channel.addEventListener('bufferedamountlow', fill);
    fill();
  });
}

/**
 * Resolves when `counter` has received `total` bytes, or, for a channel that may give messages
 * up, when the sender has nothing queued and nothing has arrived for a second. Rejects if the
 * sending channel closes or `signal` aborts.
 */
export function delivered(
  counter: ByteCounter,
  total: number,
  sender: RTCDataChannel,
  sendingDone: () => boolean,
  signal: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // The common case, every byte delivered, resolves at the last message itself; the timer
    // only notices a channel that gave messages up, or one that closed.
    const timer = setInterval(check, 100);
    const stop = (error?: Error) => {
      clearInterval(timer);
      counter.onTarget = null;
      signal.removeEventListener('abort', abort);
      if (error) reject(error);
      else resolve();
    };
    const abort = () => stop(abortError());
    function check(): void {
      if (counter.received >= total) return stop();
      if (sender.readyState !== 'open') {
        return stop(new Error(`The channel closed (${sender.readyState}) during the transfer.`));
      }
      const quiet = performance.now() - counter.lastAt > QUIET_MS;
      if (sendingDone() && sender.bufferedAmount === 0 && quiet) stop();
    }
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort);
    counter.target = total;
    counter.onTarget = () => stop();
    check();
  });
}
