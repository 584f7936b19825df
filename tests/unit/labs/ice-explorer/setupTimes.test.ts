// The arithmetic of the trickle comparison: what the lab shows as each kind's set-up time.
import { describe, expect, it } from 'vitest';
import {
  compareSetups,
  median,
  roundMs,
  setupRounds,
  type SetupMeasurement,
} from '~/components/labs/ice-explorer/setupTimes';

/** A measured set-up whose gathering times do not matter to the test. */
function setup(trickle: boolean, openMs: number): SetupMeasurement {
  return { trickle, openMs, gatheringMs: { A: undefined, B: undefined } };
}

describe('roundMs', () => {
  it('keeps one decimal', () => {
    expect(roundMs(12.345)).toBe(12.3);
    expect(roundMs(12.35000001)).toBe(12.4);
    expect(roundMs(0)).toBe(0);
  });
});

describe('median', () => {
  it('takes the middle value of an odd count whatever the order', () => {
    expect(median([300, 12, 45])).toBe(45);
  });

  it('takes the mean of the middle two of an even count', () => {
    expect(median([10, 40, 20, 30])).toBe(25);
  });

  it('is the value itself for a single measurement', () => {
    expect(median([42.06])).toBe(42.1);
  });

  it('ignores one slow outlier that a mean would not', () => {
    expect(median([40, 41, 4000])).toBe(41);
  });

  it('refuses an empty list instead of returning NaN', () => {
    expect(() => median([])).toThrow(RangeError);
  });

  it('leaves the list it was given in its order', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('compareSetups', () => {
  it('gives the median of the trickle runs and of the others separately', () => {
    const runs = [
      setup(true, 40),
      setup(false, 180),
      setup(true, 35),
      setup(false, 150),
      setup(true, 90),
      setup(false, 400),
    ];
    expect(compareSetups(runs)).toEqual({ trickleMs: 40, nonTrickleMs: 180 });
  });

  it('leaves a kind that was not measured empty', () => {
    expect(compareSetups([setup(true, 40)])).toEqual({ trickleMs: 40, nonTrickleMs: null });
    expect(compareSetups([])).toEqual({ trickleMs: null, nonTrickleMs: null });
  });
});

describe('setupRounds', () => {
  it('measures three set-ups of each kind without a server and one with a server', () => {
    expect(setupRounds(false)).toBe(3);
    expect(setupRounds(true)).toBe(1);
  });
});
