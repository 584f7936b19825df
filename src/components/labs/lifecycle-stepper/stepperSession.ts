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
  /** A's candidates on their way to B, and B's to A. */
  aToB: CandidatePipe;
  bToA: CandidatePipe;
  close(): void;
}

/** What the session reports, and whether candidates wait for a step. */
export interface StepperSessionOptions {
  timeline: Timeline;
  /** Each peer's four states after every change. */
  onStates(peer: 'A' | 'B', states: PeerStates): void;
  /** A candidate was gathered or delivered. */
  onCandidates(): void;
  /**
   * False (the learner's steps): candidates wait until a step carries them. True ("run every
   * step"): each goes across as soon as the receiver has a remote description.
   */
  carryCandidates: boolean;
}

/** Opens the two peers of the stepper, observed into the timeline. */
export function openStepperSession(options: StepperSessionOptions): StepperSession {
  const { timeline, onStates, onCandidates, carryCandidates: auto } = options;
  const a = createPeerConnection();
  const b = createPeerConnection();
  const stops = [
    observePeer(a, 'A', timeline, (s) => onStates('A', s)),
    observePeer(b, 'B', timeline, (s) => onStates('B', s)),
  ];
  const aToB = pipeCandidates(a, b, { auto, onChange: onCandidates });
  const bToA = pipeCandidates(b, a, { auto, onChange: onCandidates });
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
