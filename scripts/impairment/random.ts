/**
 * The proxy's seeded randomness: mulberry32, a 32-bit generator small enough to read at once and
 * good enough for loss and jitter (not for cryptography). Same seed, same sequence, every run.
 */

/** A generator of floats in [0, 1). */
export type Random = () => number;

/** mulberry32 seeded with `seed` (any number; only its low 32 bits count). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A seed of its own for stream `stream` (a client's direction, its loss or its jitter) derived
 * from the run's seed, so that one stream's draws never shift another's.
 */
export function streamSeed(seed: number, stream: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x85ebca6b, 0x9e3779b1) ^ Math.imul(stream + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Whether a packet is lost, drawing once from `random`: true with probability `percent`/100. */
export function isLost(random: Random, percent: number): boolean {
  return random() * 100 < percent;
}
