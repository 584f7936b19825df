/**
 * One direction of one client's path through the proxy, as pure arithmetic on a clock the caller
 * passes in: random loss, then a rate cap with a bounded drop-tail queue, then delay and jitter.
 * It only says what happens to each packet (dropped, or delivered at a time); the proxy sends.
 */
import type { ImpairmentConditions } from './conditions.ts';
import { isLost, mulberry32, streamSeed, type Random } from './random.ts';

/** What happens to one packet. */
export type LinkVerdict =
  | { kind: 'lost' }
  | { kind: 'queue-full' }
  | { kind: 'deliver'; /** When it leaves the proxy, on the caller's clock (ms). */ at: number };

/** The bucket may hold this much sending time at the cap (a short burst), and at least one packet. */
const BURST_MS = 10;
const MIN_BURST_BYTES = 1_500;

/**
 * A token bucket in front of which packets wait in a FIFO queue of
 * at most `limitBytes`: a packet that would overflow it is dropped (drop-tail). Departure times
 * are computed at arrival, which a FIFO at a known rate allows, so no timer is needed here.
 */
export class RateLimiter {
  readonly bytesPerMs: number;
  readonly burstBytes: number;
  readonly limitBytes: number;
  #tokens: number;
  #tokensAt = Number.NEGATIVE_INFINITY;
  #waiting: { at: number; bytes: number }[] = [];
  #queuedBytes = 0;

  constructor(bitsPerSecond: number, queueMs: number) {
    this.bytesPerMs = bitsPerSecond / 8_000;
    this.burstBytes = Math.max(MIN_BURST_BYTES, this.bytesPerMs * BURST_MS);
    this.limitBytes = Math.max(MIN_BURST_BYTES, this.bytesPerMs * queueMs);
    this.#tokens = this.burstBytes;
  }

  /** Bytes still waiting for their turn at `now`. */
  queuedBytes(now: number): number {
    while (this.#waiting.length > 0 && this.#waiting[0]!.at <= now)
      this.#queuedBytes -= this.#waiting.shift()!.bytes;
    return this.#queuedBytes;
  }

  /** When a packet of `bytes` arriving at `now` may leave, or null when the queue is full. */
  admit(now: number, bytes: number): number | null {
    if (this.queuedBytes(now) + bytes > this.limitBytes) return null;
    const start = Math.max(now, this.#tokensAt);
    const elapsed = start - this.#tokensAt;
    const tokens = Math.min(this.burstBytes, this.#tokens + elapsed * this.bytesPerMs);
    const wait = tokens >= bytes ? 0 : (bytes - tokens) / this.bytesPerMs;
    const at = start + wait;
    this.#tokens = tokens + wait * this.bytesPerMs - bytes;
    this.#tokensAt = at;
    if (at > now) {
      this.#waiting.push({ at, bytes });
      this.#queuedBytes += bytes;
    }
    return at;
  }
}

/**
 * Delay plus uniform jitter in [-jitter, +jitter] (never below zero). Packets keep their order:
 * one that draws a shorter delay than the packet before it leaves right after that one, as behind
 * a real queue, so jitter varies the spacing but never reorders.
 */
export class DelayLine {
  readonly delayMs: number;
  readonly jitterMs: number;
  readonly #random: Random;
  #last = Number.NEGATIVE_INFINITY;

  constructor(delayMs: number, jitterMs: number, random: Random) {
    this.delayMs = delayMs;
    this.jitterMs = jitterMs;
    this.#random = random;
  }

  /** When a packet ready at `ready` arrives at the far end. */
  schedule(ready: number): number {
    const jitter = this.jitterMs === 0 ? 0 : (this.#random() * 2 - 1) * this.jitterMs;
    const at = Math.max(ready + Math.max(0, this.delayMs + jitter), this.#last);
    this.#last = at;
    return at;
  }
}

/** Loss, rate cap and delay for one direction of one client, each with its own random stream. */
export class ImpairedLink {
  readonly #lossPercent: number;
  readonly #loss: Random;
  readonly #rate: RateLimiter | null;
  readonly #delay: DelayLine;

  /** `stream` tells this link's random streams apart from the other links' (same seed). */
  constructor(conditions: ImpairmentConditions, stream: number) {
    this.#lossPercent = conditions.lossPercent;
    this.#loss = mulberry32(streamSeed(conditions.seed, stream * 2));
    const jitter = mulberry32(streamSeed(conditions.seed, stream * 2 + 1));
    this.#rate =
      conditions.rateBitsPerSecond === null
        ? null
        : new RateLimiter(conditions.rateBitsPerSecond, conditions.queueMs);
    this.#delay = new DelayLine(conditions.delayMs, conditions.jitterMs, jitter);
  }

  /** The fate of a packet of `bytes` that reaches the proxy at `now` (ms). */
  offer(now: number, bytes: number): LinkVerdict {
    if (isLost(this.#loss, this.#lossPercent)) return { kind: 'lost' };
    const ready = this.#rate ? this.#rate.admit(now, bytes) : now;
    if (ready === null) return { kind: 'queue-full' };
    return { kind: 'deliver', at: this.#delay.schedule(ready) };
  }
}
