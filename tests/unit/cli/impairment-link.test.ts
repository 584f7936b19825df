import { describe, expect, it } from 'vitest';
import {
  NO_IMPAIRMENT,
  type ImpairmentConditions,
} from '../../../scripts/impairment/conditions.ts';
import { DelayLine, ImpairedLink, RateLimiter } from '../../../scripts/impairment/link.ts';
import { isLost, mulberry32, streamSeed } from '../../../scripts/impairment/random.ts';

const conditions = (over: Partial<ImpairmentConditions>): ImpairmentConditions => ({
  ...NO_IMPAIRMENT,
  ...over,
});

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs for another seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
  });

  it('draws floats in [0, 1) with a mean near one half', () => {
    const random = mulberry32(1);
    const draws = Array.from({ length: 10_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((sum, x) => sum + x, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });

  it('gives each stream of one seed its own seed', () => {
    const seeds = new Set(Array.from({ length: 100 }, (_, i) => streamSeed(1, i)));
    expect(seeds.size).toBe(100);
  });
});

describe('random loss', () => {
  it('drops about 5% of 10000 packets with a fixed seed, and the same ones every run', () => {
    const run = () => {
      const random = mulberry32(streamSeed(1, 0));
      return Array.from({ length: 10_000 }, () => isLost(random, 5));
    };
    const lost = run().filter(Boolean).length;
    expect(lost).toBeGreaterThan(450);
    expect(lost).toBeLessThan(550);
    expect(run()).toEqual(run());
  });

  it('drops nothing at 0% and everything at 100%', () => {
    const random = mulberry32(3);
    expect(Array.from({ length: 1000 }, () => isLost(random, 0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 1000 }, () => isLost(random, 100)).every(Boolean)).toBe(true);
  });

  it('through a link, counts as lost about 5% of 10000 packets', () => {
    const link = new ImpairedLink(conditions({ lossPercent: 5, seed: 42 }), 0);
    const verdicts = Array.from({ length: 10_000 }, (_, i) => link.offer(i, 100));
    const lost = verdicts.filter((v) => v.kind === 'lost').length;
    expect(lost / 10_000).toBeGreaterThan(0.045);
    expect(lost / 10_000).toBeLessThan(0.055);
  });
});

describe('DelayLine', () => {
  it('delays every packet by the delay plus at most the jitter either way', () => {
    const line = new DelayLine(40, 20, mulberry32(5));
    const delays = Array.from({ length: 5000 }, (_, i) => line.schedule(i * 50) - i * 50);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...delays)).toBeLessThanOrEqual(60);
    // Uniform jitter: both ends of the range are reached.
    expect(Math.min(...delays)).toBeLessThan(22);
    expect(Math.max(...delays)).toBeGreaterThan(58);
  });

  it('never reorders: a packet that draws a shorter delay leaves right after the one before', () => {
    const line = new DelayLine(40, 20, mulberry32(9));
    const times = Array.from({ length: 2000 }, (_, i) => line.schedule(i));
    for (let i = 1; i < times.length; i += 1)
      expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]!);
  });

  it('adds exactly the delay without jitter, and nothing at zero', () => {
    expect(new DelayLine(40, 0, mulberry32(1)).schedule(100)).toBe(140);
    expect(new DelayLine(0, 0, mulberry32(1)).schedule(100)).toBe(100);
  });
});

describe('RateLimiter', () => {
  it('holds 2 Mbit/s of offered traffic to an 800 kbit/s cap within 2%', () => {
    // A generous queue so that nothing is dropped: the departures alone show the rate.
    const limiter = new RateLimiter(800_000, 10_000);
    const bytes = 1000;
    let last = 0;
    for (let i = 0; i < 1000; i += 1) last = limiter.admit(i * 4, bytes)!; // 2 Mbit/s offered
    const rate = (1000 * bytes * 8) / (last / 1000);
    expect(rate).toBeGreaterThan(800_000 * 0.98);
    expect(rate).toBeLessThan(800_000 * 1.02);
  });

  it('lets traffic under the cap through without waiting', () => {
    const limiter = new RateLimiter(800_000, 200);
    for (let i = 0; i < 100; i += 1) expect(limiter.admit(i * 20, 1000)).toBe(i * 20); // 400 kbit/s
  });

  it('bounds the queue: past 200 ms of backlog at the cap, the newest packets are dropped', () => {
    const limiter = new RateLimiter(800_000, 200); // 100 bytes per ms, 20 000 bytes of queue
    expect(limiter.limitBytes).toBe(20_000);
    const verdicts = Array.from({ length: 100 }, () => limiter.admit(0, 1000)); // a burst at once
    const admitted = verdicts.filter((at) => at !== null);
    // The bucket's burst (1500 bytes: one packet) plus 20 packets of queue.
    expect(admitted).toHaveLength(21);
    expect(verdicts.slice(21).every((at) => at === null)).toBe(true);
    expect(limiter.queuedBytes(0)).toBeLessThanOrEqual(20_000);
    expect(Math.max(...(admitted as number[]))).toBeLessThanOrEqual(200);
    // Once the queue has drained, packets are admitted again.
    expect(limiter.admit(250, 1000)).not.toBeNull();
  });

  it('through a link, sends 2 Mbit/s offered at the cap and drops the excess at the queue', () => {
    const link = new ImpairedLink(conditions({ rateBitsPerSecond: 800_000 }), 0);
    const verdicts = Array.from({ length: 2500 }, (_, i) => link.offer(i * 4, 1000)); // 10 s
    const delivered = verdicts.filter((v) => v.kind === 'deliver');
    const dropped = verdicts.filter((v) => v.kind === 'queue-full').length;
    const seconds = (delivered.at(-1) as { at: number }).at / 1000;
    const rate = (delivered.length * 1000 * 8) / seconds;
    expect(rate).toBeGreaterThan(800_000 * 0.97);
    expect(rate).toBeLessThan(800_000 * 1.03);
    // 60% of 2 Mbit/s is over the cap.
    expect(dropped / verdicts.length).toBeGreaterThan(0.55);
    expect(dropped / verdicts.length).toBeLessThan(0.62);
  });
});
