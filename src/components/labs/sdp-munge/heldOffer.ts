// The pair's own negotiation, held between createOffer and A's setLocalDescription while the
// learner edits the offer; then it goes on with the edited text and says where it stopped.
import type { Loopback, NegotiationStep, PeerName } from '~/rtc/loopback';
import { abortError } from '~/rtc/wait';

/** Which call refused the edited offer: A applying it, B applying it, or the answer after. */
export type RefusedAt = 'local' | 'remote' | 'answer';

/** How the negotiation with the edited offer ended. */
export type AppliedOffer = { ok: true } | { ok: false; at: RefusedAt; error: unknown };

/** An offer A created and has not applied yet. */
export interface HeldOffer {
  /** The offer exactly as createOffer wrote it. */
  original: string;
  /** Goes on with `sdp` as the offer: A applies it, B applies and answers, A applies the answer. */
  apply(sdp: string): Promise<AppliedOffer>;
}

function refusedAt(peer: PeerName, step: NegotiationStep): RefusedAt {
  if (peer === 'A' && step === 'setLocalDescription') return 'local';
  if (peer === 'B' && step === 'setRemoteDescription') return 'remote';
  return 'answer';
}

/**
 * Starts `loopback.negotiate` and resolves once A's offer exists, with the negotiation held
 * until `apply`. Closing the pair releases the hold (the negotiation then ends quietly).
 */
export function holdOffer(loopback: Loopback): Promise<HeldOffer> {
  return new Promise((resolve, reject) => {
    let release: (sdp: string | null) => void = () => {};
    let last: RefusedAt = 'local';
    const negotiation = loopback.negotiate({
      editOffer: (original) =>
        new Promise<string>((go, stop) => {
          release = (sdp) => (sdp === null ? stop(abortError()) : go(sdp));
          resolve({ original, apply });
        }),
      onStep: (peer, step) => (last = refusedAt(peer, step)),
    });
    // Before the hold, a failure (createOffer refused) rejects holdOffer; after it, apply reports it.
    negotiation.catch(reject);
    loopback.adopt(() => release(null));

    function apply(sdp: string): Promise<AppliedOffer> {
      release(sdp);
      return negotiation.then(
        (): AppliedOffer => ({ ok: true }),
        (error: unknown): AppliedOffer => ({ ok: false, at: last, error }),
      );
    }
  });
}
