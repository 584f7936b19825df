// Hello loopback: how long the data channel takes to open, measured in the learner's browser.
import type { PredictionOutcome } from './judge';

/** The range a measured time falls in. */
export function openTimeRange(ms: number): string {
  return ms < 100 ? 'under-100' : ms <= 1000 ? '100-1000' : 'over-1000';
}

/** Judges the predicted range against the time the run measured. */
export function judgeOpenTime(openMs: number): PredictionOutcome {
  const fast = openMs < 100;
  return {
    actual: openTimeRange(openMs),
    actualLabel: `${openMs.toFixed(1)} ms`,
    why:
      `Your browser opened the channel ${openMs.toFixed(1)} ms after A started. ` +
      (fast
        ? 'Both peers live in this tab, so the offer and answer cross in microseconds, the first ICE check over host candidates succeeds at once, and what remains is the DTLS handshake and SCTP’s set-up, a few round trips on one machine.'
        : 'Both peers live in this tab, so no network delay is involved: the time went into gathering, the DTLS handshake (key generation and signatures) and SCTP’s set-up, on a machine that was busy.'),
  };
}
