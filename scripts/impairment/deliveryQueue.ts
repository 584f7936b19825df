/** The proxy's timers: packets leave at the times an ImpairedLink gave them, one timer per queue. */
import { performance } from 'node:perf_hooks';

/** Packets waiting for their departure time, in order (an ImpairedLink never reorders). */
export class DeliveryQueue {
  #items: { at: number; send: () => void }[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Runs `send` at `at` (performance.now() clock); `at` never precedes the previous one's. */
  push(at: number, send: () => void): void {
    this.#items.push({ at, send });
    if (this.#items.length === 1) this.#arm();
  }

  /** Forgets every waiting packet. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#items = [];
  }

  #arm(): void {
    const next = this.#items[0];
    if (!next) return;
    this.#timer = setTimeout(() => this.#flush(), Math.max(0, next.at - performance.now()));
  }

  #flush(): void {
    const now = performance.now();
    // Timers fire up to a millisecond late or early: send what is due within half a millisecond.
    while (this.#items.length > 0 && this.#items[0]!.at <= now + 0.5) this.#items.shift()!.send();
    this.#arm();
  }
}
