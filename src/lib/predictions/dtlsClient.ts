// Transport inspector: which peer becomes the DTLS client, from getStats and the real a=setup.
import type { PredictionOutcome } from './judge';

/** What the run read: each peer's dtlsRole in getStats, and the a=setup lines of the SDP. */
export interface DtlsRoleFacts {
  statsA: string | undefined;
  statsB: string | undefined;
  offerSetup: string;
  answerSetup: string;
  /** The roles the a=setup values decide, in one sentence (from src/lib/dtls). */
  sentence: string;
  sdpOfferer: 'client' | 'server' | undefined;
}

/** Judges the prediction of the DTLS client against the roles the browser reported. */
export function judgeDtlsClient(facts: DtlsRoleFacts): PredictionOutcome {
  const fromStats =
    facts.statsA === 'client' || facts.statsB === 'server'
      ? 'A'
      : facts.statsB === 'client' || facts.statsA === 'server'
        ? 'B'
        : undefined;
  const fromSdp =
    facts.sdpOfferer === 'client' ? 'A' : facts.sdpOfferer === 'server' ? 'B' : undefined;
  const actual = fromStats ?? fromSdp ?? 'unknown';
  const source = fromStats
    ? `Your browser’s getStats() reports A as DTLS ${facts.statsA ?? '?'} and B as ${facts.statsB ?? '?'}.`
    : 'Your browser’s getStats() does not report dtlsRole, so the roles are read from the SDP.';
  return {
    actual,
    ...(actual === 'unknown' ? { actualLabel: 'could not be read' } : {}),
    why: `${source} The offer said a=setup:${facts.offerSetup} and the answer a=setup:${facts.answerSetup}. ${facts.sentence}`,
  };
}
