import { closePeerConnection, createPeerConnection } from '~/rtc/registry';
import { pipeCandidates, type CandidatePipe } from '~/rtc/candidatePipe';
import { observePeer, type PeerStates } from '~/rtc/observePeer';
import type { Timeline } from '~/rtc/timeline';

/** Everything the stepper's steps act on: two peers, the "signaling channel", the candidates. */
export interface StepperSession {
  a: RTCPeerConnection;
  b: RTCPeerConnection;
  timeline: Timeline;
  /** Descriptions as created, and whether the signaling channel has carried them across. */
  offer: RTCSessionDescriptionInit | null;
  answer: RTCSessionDescriptionInit | null;
  offerDelivered: boolean;
  answerDelivered: boolean;
  channel: RTCDataChannel | null;
  /** A's candidates on their way to B, and B's to A (manual: a step delivers them). */
  aToB: CandidatePipe;
  bToA: CandidatePipe;
  close(): void;
}

/** Opens the two peers of the stepper, observed into the timeline, candidates held for steps. */
export function openStepperSession(
  timeline: Timeline,
  onStates: (peer: 'A' | 'B', states: PeerStates) => void,
  onCandidates: () => void,
): StepperSession {
  const a = createPeerConnection();
  const b = createPeerConnection();
  const stops = [
    observePeer(a, 'A', timeline, (s) => onStates('A', s)),
    observePeer(b, 'B', timeline, (s) => onStates('B', s)),
  ];
  const aToB = pipeCandidates(a, b, { auto: false, onChange: onCandidates });
  const bToA = pipeCandidates(b, a, { auto: false, onChange: onCandidates });
  return {
    a,
    b,
    timeline,
    offer: null,
    answer: null,
    offerDelivered: false,
    answerDelivered: false,
    channel: null,
    aToB,
    bToA,
    close() {
      for (const stop of stops) stop();
      aToB.stop();
      bToA.stop();
      closePeerConnection(a);
      closePeerConnection(b);
    },
  };
}
