import { describe, expect, it } from 'vitest';
import { CLASSROOM_RATE_LIMIT, TokenBucket } from '../../../src/lib/classroom/tokenBucket';

describe('TokenBucket', () => {
  it('lets a burst of 100 messages through, refuses the 101st, and refills 20 per second', () => {
    const bucket = new TokenBucket(CLASSROOM_RATE_LIMIT, 0);
    for (let i = 0; i < 100; i += 1) expect(bucket.take(0)).toBe(true);
    expect(bucket.take(0)).toBe(false);
    expect(bucket.take(49)).toBe(false);
    expect(bucket.take(50)).toBe(true);
    let passed = 0;
    for (let i = 0; i < 100; i += 1) if (bucket.take(1050)) passed += 1;
    expect(passed).toBe(20);
  });

  it('never holds more than its capacity after a long pause', () => {
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 1 }, 0);
    let passed = 0;
    for (let i = 0; i < 10; i += 1) if (bucket.take(3_600_000)) passed += 1;
    expect(passed).toBe(3);
  });
});
