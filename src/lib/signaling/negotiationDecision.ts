/**
 * The decisions of the perfect negotiation pattern (W3C webrtc-pc, section "Perfect negotiation
 * example"), as pure functions of what the peer knows when a description arrives.
 */

/** The signaling states of RTCPeerConnection, as plain strings. */
export type SignalingStateName =
  | 'stable'
  | 'have-local-offer'
  | 'have-remote-offer'
  | 'have-local-pranswer'
  | 'have-remote-pranswer'
  | 'closed';

/** What a peer knows at the moment a remote description arrives. */
export interface NegotiationSnapshot {
  /** The arriving description's type. */
  type: 'offer' | 'answer' | 'pranswer' | 'rollback';
  polite: boolean;
  /** True while this peer is between negotiationneeded and sending its own offer. */
  makingOffer: boolean;
  signalingState: SignalingStateName;
  /** True while this peer is applying a remote answer (the state is about to become stable). */
  isSettingRemoteAnswerPending: boolean;
}

/** What to do with the arriving description. */
export interface NegotiationDecision {
  /** Not busy with an offer of its own and stable (or about to be): an offer is welcome. */
  readyForOffer: boolean;
  /** An offer arrived while this peer had, or was making, an offer of its own: glare. */
  offerCollision: boolean;
  /** The impolite peer drops the colliding offer (and the candidates that follow it). */
  ignoreOffer: boolean;
  /** The polite peer drops its own offer first (setLocalDescription({type: 'rollback'})). */
  rollback: boolean;
}

/**
 * Decides as the pattern does: collision = an offer while `makingOffer` or while the state is
 * not stable (unless a remote answer is being applied); `ignoreOffer = !polite && collision`;
 * the polite peer rolls its own offer back instead.
 */
export function decideOnDescription(s: NegotiationSnapshot): NegotiationDecision {
  const readyForOffer =
    !s.makingOffer && (s.signalingState === 'stable' || s.isSettingRemoteAnswerPending);
  const offerCollision = s.type === 'offer' && !readyForOffer;
  return {
    readyForOffer,
    offerCollision,
    ignoreOffer: !s.polite && offerCollision,
    rollback: s.polite && offerCollision,
  };
}
