// What the running browser did with an answer whose fingerprint was changed on the way, read
// from what happened (a refusal and its error, or the DTLS state it reached), never assumed.

/** How the tampered run ended. */
export type TamperVerdict = 'refused' | 'failed' | 'connected' | 'stalled';

/** What the lab saw, in order of precedence. */
export interface TamperObservation {
  /** The error setRemoteDescription threw, when it refused the tampered answer. */
  refusal?: string;
  /** A's DTLS transport state when the bounded wait ended. */
  dtlsState: string | undefined;
  /** A's connection state at that moment. */
  connectionState: string;
  /** How long the lab waited for the handshake to end, in seconds. */
  waitedSeconds: number;
}

/** The verdict and the explanation a learner reads. */
export interface TamperOutcome {
  verdict: TamperVerdict;
  explanation: string;
}

/** Explains what this browser did with the tampered fingerprint. */
export function explainTamper(seen: TamperObservation): TamperOutcome {
  if (seen.refusal !== undefined) {
    return {
      verdict: 'refused',
      explanation: `This browser refused the tampered answer before any handshake, with: “${seen.refusal}”. It compared the fingerprint with something it already knew, so no DTLS packet was sent; the connection never started (RFC 8122 §5).`,
    };
  }
  const state = seen.dtlsState ?? seen.connectionState;
  if (seen.dtlsState === 'failed' || seen.connectionState === 'failed') {
    return {
      verdict: 'failed',
      explanation: `A accepted the answer: a fingerprint is only text until the handshake, because A meets B’s certificate only there. In the handshake B sent its certificate, A hashed it, the hash was not the fingerprint A had been given, and A ended the handshake: its DTLS state is “${state}”. No data and no media can flow. An attacker who swaps certificates is caught the same way, unless they can also rewrite the signaling, which is why signaling must itself be secured (RFC 8122 §5; RFC 8827 §6.5).`,
    };
  }
  if (seen.dtlsState === 'connected' || seen.connectionState === 'connected') {
    return {
      verdict: 'connected',
      explanation:
        'This browser connected although the signaled fingerprint was wrong: it did not compare the certificate with the fingerprint, which RFC 8122 §5 and RFC 8827 §6.5 require. Do not trust this browser’s DTLS authentication.',
    };
  }
  return {
    verdict: 'stalled',
    explanation: `After ${seen.waitedSeconds} s the handshake had neither finished nor failed (DTLS state “${state}”), so the lab stopped waiting. Nothing can flow without a finished handshake; the browser may report the failure later.`,
  };
}
