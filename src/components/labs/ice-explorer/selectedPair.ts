// Reading the candidate pairs of one peer from getStats, and waiting for the one it selects.
import { summarizeCandidatePairs, type CandidatePairSummary } from '~/lib/stats';

const POLL_EVERY_MS = 100;

/** Every getStats record of `pc`, as plain values for the reducers of src/lib/stats. */
export async function statsRecords(pc: RTCPeerConnection): Promise<unknown[]> {
  return [...(await pc.getStats()).values()] as unknown[];
}

/**
 * Polls `pc`'s stats until it has a selected pair that succeeded (with local ufrag `ufrag`, when
 * given: the pair of a restarted session). Rejects after `timeoutMs`, or with an AbortError.
 */
export async function waitForSelectedPair(
  pc: RTCPeerConnection,
  { ufrag, timeoutMs, signal }: { ufrag?: string; timeoutMs: number; signal: AbortSignal },
): Promise<CandidatePairSummary> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    signal.throwIfAborted();
    const selected = summarizeCandidatePairs(await statsRecords(pc)).find((p) => p.selected);
    signal.throwIfAborted();
    const succeeded = selected?.state === 'succeeded';
    if (succeeded && (ufrag === undefined || selected.local?.usernameFragment === ufrag)) {
      return selected;
    }
    if (performance.now() >= deadline) {
      throw new Error(`No candidate pair was selected within ${timeoutMs / 1000} s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
  }
}
