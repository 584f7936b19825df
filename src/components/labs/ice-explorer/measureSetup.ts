// One measured connection for the trickle comparison: from the first setLocalDescription to the
// data channel's open event, with and without trickle ICE.
import { withTimeout } from '../shared/labStatus.svelte';
import { createTimeline } from '~/rtc/timeline';
import { channelOpen, openIcePair, type PeerName } from './icePair';

/** What one measured set-up took, in milliseconds. */
export interface SetupMeasurement {
  trickle: boolean;
  /** setLocalDescription on A to the channel's open event on A. */
  openMs: number;
  /** Each peer's setLocalDescription to its iceGatheringState `complete` (undefined if it never completed). */
  gatheringMs: Record<PeerName, number | undefined>;
}

const OPEN_TIMEOUT_MS = 60_000;

/**
 * Opens a fresh pair, connects it with or without trickle, measures, and closes it. Aborting
 * the signal closes the pair at once (the lab's reset).
 */
export async function measureSetup(
  config: RTCConfiguration,
  trickle: boolean,
  signal: AbortSignal,
): Promise<SetupMeasurement> {
  const sld: Partial<Record<PeerName, number>> = {};
  const gatheringMs: Record<PeerName, number | undefined> = { A: undefined, B: undefined };
  const pair = openIcePair({
    config,
    trickle,
    timeline: createTimeline(),
    events: {
      onSetLocalDescription: (peer, at) => (sld[peer] ??= at),
      onGatheringComplete: (peer, at) => {
        const start = sld[peer];
        if (start !== undefined && gatheringMs[peer] === undefined) gatheringMs[peer] = at - start;
      },
    },
  });
  const abort = () => pair.close();
  signal.addEventListener('abort', abort, { once: true });
  try {
    const opened = channelOpen(pair.channel);
    const start = performance.now();
    await pair.negotiate();
    if (signal.aborted) throw new DOMException('The comparison was reset.', 'AbortError');
    await withTimeout(opened, OPEN_TIMEOUT_MS, 'The data channel did not open within 60 s.');
    return {
      trickle,
      openMs: round(performance.now() - start),
      gatheringMs: roundAll(gatheringMs),
    };
  } finally {
    signal.removeEventListener('abort', abort);
    pair.close();
  }
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return round(value);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function roundAll(
  values: Record<PeerName, number | undefined>,
): Record<PeerName, number | undefined> {
  return {
    A: values.A === undefined ? undefined : round(values.A),
    B: values.B === undefined ? undefined : round(values.B),
  };
}
