import { describe, expect, it } from 'vitest';
import { mebibytes, median, megabitsPerSecond, percent } from '../../../src/lib/datachannel/rates';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 3])).toBe(3);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });
});

describe('megabitsPerSecond', () => {
  it('turns 32 MiB in one second into 268.4 Mbit/s', () => {
    expect(megabitsPerSecond(mebibytes(32), 1000)).toBeCloseTo(268.435, 3);
  });

  it('is null for a zero or negative time', () => {
    expect(megabitsPerSecond(100, 0)).toBeNull();
    expect(megabitsPerSecond(100, -1)).toBeNull();
  });
});

describe('percent', () => {
  it('floors, so 100 means every byte', () => {
    expect(percent(999, 1000)).toBe(99);
    expect(percent(1000, 1000)).toBe(100);
  });

  it('is clamped to 0..100', () => {
    expect(percent(2000, 1000)).toBe(100);
    expect(percent(-1, 1000)).toBe(0);
  });
});
