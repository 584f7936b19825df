// A token bucket (one per WebSocket connection on the classroom server): each message takes a
// token, tokens come back at a steady rate up to the bucket's size, so a burst of trickled ICE
// candidates passes and a flood does not.

/** Size and refill of a token bucket. */
export interface TokenBucketLimits {
  /** Tokens when full: the longest burst allowed. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
}

/** The classroom server's limit per connection: bursts of 100 messages, 20 per second after. */
export const CLASSROOM_RATE_LIMIT: Readonly<TokenBucketLimits> = Object.freeze({
  capacity: 100,
  refillPerSecond: 20,
});

/** Counts the tokens of one connection; `now` is in milliseconds (injectable for tests). */
export class TokenBucket {
  #tokens: number;
  #last: number;

  constructor(
    readonly limits: TokenBucketLimits,
    now: number,
  ) {
    this.#tokens = limits.capacity;
    this.#last = now;
  }

  /** Takes one token at time `now`; false when the bucket is empty (the message is refused). */
  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.#last) / 1000;
    this.#last = Math.max(this.#last, now);
    this.#tokens = Math.min(
      this.limits.capacity,
      this.#tokens + elapsed * this.limits.refillPerSecond,
    );
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
