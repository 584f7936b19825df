/**
 * The perfect negotiation pattern (W3C webrtc-pc, "Perfect negotiation example") on one
 * RTCPeerConnection and any SignalingTransport: offers start only in `negotiationneeded`, an
 * arriving offer that collides with this peer's own is ignored by the impolite peer and accepted
 * by the polite one after an EXPLICIT rollback (`setLocalDescription({type: 'rollback'})`, its own
 * timeline step; current browsers would also roll back implicitly inside setRemoteDescription).
 * Every step goes to the timeline under this peer's role.
 */
import { decideOnDescription } from '~/lib/signaling/negotiationDecision';
import type { Timeline } from '../timeline';
import type { SignalMessage, SignalingTransport } from './transport';

/** How the negotiation is set up and what it tells its owner. */
export interface NegotiationOptions {
  /** This peer's id, written into every message it sends. */
  self: string;
  polite: boolean;
  timeline: Timeline;
  /** This peer's local offer is set and handed to the transport (which may hold it). */
  onLocalOffer?(): void;
  /** A step failed; the negotiation goes on with the next message. */
  onError?(error: unknown): void;
}

/** A running negotiation: counts of what glare did, and how to stop it. */
export interface PerfectNegotiation {
  readonly rollbacks: number;
  readonly ignoredOffers: number;
  /** Stops listening (the connection and the transport belong to the caller). */
  close(): void;
}

/** Attaches `pc` to `transport` with perfect negotiation. */
export function attachPerfectNegotiation(
  pc: RTCPeerConnection,
  transport: SignalingTransport,
  { self, polite, timeline, onLocalOffer, onError = () => {} }: NegotiationOptions,
): PerfectNegotiation {
  const source = polite ? 'polite' : 'impolite';
  const step = (event: string, detail = '') => timeline.record(source, event, detail);
  let makingOffer = false;
  let ignoreOffer = false;
  let isSettingRemoteAnswerPending = false;
  let rollbacks = 0;
  let ignoredOffers = 0;
  let closed = false;
  // Messages are handled one after another, in the order they arrived.
  let chain = Promise.resolve();
  const controller = new AbortController();
  const on = (type: string, listener: (e: Event) => void) =>
    pc.addEventListener(type, listener, { signal: controller.signal });
  const sendDescription = () => {
    const description = pc.localDescription?.toJSON() as RTCSessionDescriptionInit;
    transport.send({ kind: 'description', peer: self, description });
  };

  on('negotiationneeded', async () => {
    // The event is meant for a stable connection only; Chromium fires one during the polite
    // peer's rollback (its data channel's m-line was rolled back), before the state says stable.
    // The offer being applied covers the channel, and the browser fires again if it does not.
    if (pc.signalingState !== 'stable') {
      return void step('negotiationneeded', `in ${pc.signalingState}: skipped until stable`);
    }
    step('negotiationneeded', `in ${pc.signalingState}`);
    try {
      makingOffer = true;
      await pc.setLocalDescription();
      if (closed) return;
      step('setLocalDescription', `${pc.localDescription?.type} → ${pc.signalingState}`);
      // A rollback queued behind this offer may already have undone it: nothing left to send.
      // (Read through a function: the state changed during the await, whatever TS narrowed.)
      if (stateOf(pc) !== 'have-local-offer') return void step('offer gone', 'rolled back');
      sendDescription();
      onLocalOffer?.();
    } catch (error) {
      if (!closed) fail(error);
    } finally {
      makingOffer = false;
    }
  });
  on('icecandidate', (e) => {
    const candidate = (e as RTCPeerConnectionIceEvent).candidate;
    transport.send({ kind: 'candidate', peer: self, candidate: candidate?.toJSON() ?? null });
  });
  on('signalingstatechange', () => step('signalingstatechange', pc.signalingState));
  on('connectionstatechange', () => step('connectionstatechange', pc.connectionState));

  async function onDescription(description: RTCSessionDescriptionInit): Promise<void> {
    const type = description.type ?? 'offer';
    const before = pc.signalingState;
    const busy = makingOffer ? ' while making its own offer' : '';
    step('receive', `${type} in ${before}${busy}`);
    const decision = decideOnDescription({
      type,
      polite,
      makingOffer,
      signalingState: before,
      isSettingRemoteAnswerPending,
    });
    ignoreOffer = decision.ignoreOffer;
    if (decision.offerCollision) {
      step(
        'collision',
        polite ? 'polite: drop own offer, take theirs' : 'impolite: keep own offer',
      );
    }
    if (ignoreOffer) {
      ignoredOffers++;
      return void step('ignore offer', 'ignoreOffer = !polite && offerCollision');
    }
    if (decision.rollback) {
      const from = pc.signalingState;
      await pc.setLocalDescription({ type: 'rollback' });
      rollbacks++;
      step('rollback', `setLocalDescription({type: 'rollback'}): ${from} → ${pc.signalingState}`);
    }
    isSettingRemoteAnswerPending = type === 'answer';
    await pc.setRemoteDescription(description);
    isSettingRemoteAnswerPending = false;
    step('setRemoteDescription', `${type} → ${pc.signalingState}`);
    if (type !== 'offer') return;
    await pc.setLocalDescription();
    step('setLocalDescription', `${pc.localDescription?.type} → ${pc.signalingState}`);
    sendDescription();
  }

  async function onCandidate(candidate: RTCIceCandidateInit | null): Promise<void> {
    if (!candidate) return;
    try {
      await pc.addIceCandidate(candidate);
    } catch (error) {
      // The candidates of an offer this peer ignored cannot be applied: expected, dropped.
      if (ignoreOffer) step('drop candidate', 'it belongs to the ignored offer');
      else throw error;
    }
  }

  function fail(error: unknown): void {
    step('error', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    onError(error);
  }

  const stop = transport.subscribe((message: SignalMessage) => {
    if (message.kind !== 'description' && message.kind !== 'candidate') return;
    chain = chain
      .then(() => {
        if (closed) return;
        if (message.kind === 'description') return onDescription(message.description);
        return onCandidate(message.candidate);
      })
      .catch((error: unknown) => {
        if (!closed) fail(error);
      });
  });

  return {
    get rollbacks() {
      return rollbacks;
    },
    get ignoredOffers() {
      return ignoredOffers;
    },
    close() {
      closed = true;
      controller.abort();
      stop();
    },
  };
}

/** The connection's signaling state now. */
function stateOf(pc: RTCPeerConnection): RTCSignalingState {
  return pc.signalingState;
}
