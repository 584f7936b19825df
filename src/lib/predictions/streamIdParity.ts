// Data channel modes: whether A's channel gets an even or an odd SCTP stream id.
import type { PredictionOutcome } from './judge';

/** What the run read: A's stream id, A's DTLS role from getStats and the answer's a=setup. */
export interface StreamIdFacts {
  streamId: number;
  roleA: string;
  answerSetup: string | null;
  negotiated: boolean;
}

/** Judges the predicted parity against the id the browser gave A's channel. */
export function judgeStreamIdParity(facts: StreamIdFacts): PredictionOutcome {
  const actual = facts.streamId % 2 === 0 ? 'even' : 'odd';
  const setup = facts.answerSetup ? ` (the answer said a=setup:${facts.answerSetup})` : '';
  const why = facts.negotiated
    ? `You created the channel with negotiated: true, so its id ${facts.streamId} is the one the page chose; the parity rule only governs ids the browser picks.`
    : `A’s channel got stream id ${facts.streamId}. In your browser A is the DTLS ${facts.roleA}${setup}, and the DTLS client takes even ids while the server takes odd ones, so the two peers never pick the same id (RFC 8832 §6).`;
  return { actual, why };
}
