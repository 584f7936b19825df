// The trickle comparison's arithmetic: rounding, the median of each kind of set-up, and which
// set-ups go into it. Pure, so that it is tested without a browser.
import type { PeerName } from '~/rtc/loopback';

/** What one measured set-up took, in milliseconds (to 0.1 ms). */
export interface SetupMeasurement {
  trickle: boolean;
  /** From the start of A's offer/answer to the data channel's open event on A. */
  openMs: number;
  /** Each peer's setLocalDescription to its gathering `complete` (undefined if it never completed). */
  gatheringMs: Record<PeerName, number | undefined>;
}

/** Milliseconds rounded to one decimal, as every time in the lab is shown. */
export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** The median of a non-empty list (the mean of the middle two for an even count), rounded. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('The median of no value is undefined.');
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return roundMs(value);
}

/** The median open time of the trickle set-ups and of the others; null for a kind not measured. */
export function compareSetups(runs: readonly SetupMeasurement[]): {
  trickleMs: number | null;
  nonTrickleMs: number | null;
} {
  const times = (trickle: boolean) =>
    runs.filter((run) => run.trickle === trickle).map((run) => run.openMs);
  const middle = (values: number[]) => (values.length === 0 ? null : median(values));
  return { trickleMs: middle(times(true)), nonTrickleMs: middle(times(false)) };
}

/** How many set-ups of each kind a comparison measures: three without a server, one with. */
export function setupRounds(withServers: boolean): number {
  return withServers ? 1 : 3;
}
