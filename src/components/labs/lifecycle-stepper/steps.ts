import { describeError } from '../shared/errors';
import type { StepperSession } from './stepperSession';

/** One step of offer/answer that the learner can run on its own. */
export interface LifecycleStep {
  id: string;
  /** Who acts: a peer, or the signaling channel carrying something across. */
  actor: 'A' | 'B' | 'A → B' | 'B → A';
  /** The call as code, shown on the button. */
  call: string;
  /** What the step does, in a few words. */
  does: string;
  /** Whether the step is legal now (the guided mode enables only legal steps). */
  legal(s: StepperSession): boolean;
  /** Performs the step; resolves with what it produced, for the timeline. */
  run(s: StepperSession): Promise<string>;
  /** What a refusal of this step by the browser means. */
  whyRefused: string;
}

/** Thrown when a step lacks its input; the lab says so (it is not the browser's error). */
export class MissingInput extends Error {
  override name = 'MissingInput';
}

const sdpLines = (d: RTCSessionDescriptionInit | null) =>
  `${d?.type ?? ''}, ${(d?.sdp ?? '').split('\n').filter(Boolean).length} SDP lines`;

/** The steps in their legal order: `run` in the lab performs them one after another. */
export const LIFECYCLE_STEPS: readonly LifecycleStep[] = [
  {
    id: 'a-create-channel',
    actor: 'A',
    call: "a.createDataChannel('chat')",
    does: 'gives the offer something to negotiate: an SCTP association for data channels',
    legal: (s) => s.channel === null,
    run: async (s) => {
      s.channel = s.a.createDataChannel('chat');
      return 'channel "chat" created; negotiationneeded will fire';
    },
    whyRefused: 'A closed connection cannot create channels.',
  },
  {
    id: 'a-create-offer',
    actor: 'A',
    call: 'a.createOffer()',
    does: 'writes an SDP offer describing what A wants to set up',
    legal: (s) => s.channel !== null && s.offer === null,
    run: async (s) => {
      s.offer = await s.a.createOffer();
      return sdpLines(s.offer);
    },
    whyRefused: 'An offer cannot be created while A is closed.',
  },
  {
    id: 'a-set-local',
    actor: 'A',
    call: 'a.setLocalDescription(offer)',
    does: 'A commits to its offer and starts gathering candidates',
    legal: (s) => s.offer !== null && s.a.signalingState === 'stable' && !s.a.localDescription,
    run: async (s) => {
      if (!s.offer) throw new MissingInput('A has no offer yet: run a.createOffer() first.');
      await s.a.setLocalDescription(s.offer);
      return `signalingState is now ${s.a.signalingState}`;
    },
    whyRefused:
      'A can apply its own offer only from the stable state. In have-remote-offer it owes an ' +
      'answer instead (RFC 9429 §3.2, the JSEP state machine).',
  },
  {
    id: 'send-offer',
    actor: 'A → B',
    call: 'signaling.send(offer)',
    does: 'your application carries the offer to B (here: a variable; in real life, a server)',
    legal: (s) => s.a.localDescription?.type === 'offer' && !s.offerDelivered,
    run: async (s) => {
      if (!s.offer) throw new MissingInput('There is no offer to send: A must create one first.');
      s.offerDelivered = true;
      return 'offer delivered to B';
    },
    whyRefused: 'Signaling is the application’s job; the browser is not involved in this step.',
  },
  {
    id: 'b-set-remote',
    actor: 'B',
    call: 'b.setRemoteDescription(offer)',
    does: 'B learns what A proposes; its state becomes have-remote-offer',
    legal: (s) => s.offerDelivered && s.b.signalingState === 'stable' && !s.b.remoteDescription,
    run: async (s) => {
      if (!s.offer || !s.offerDelivered)
        throw new MissingInput('B has not received an offer: send it across first.');
      await s.b.setRemoteDescription(s.offer);
      return `signalingState is now ${s.b.signalingState}`;
    },
    whyRefused:
      'B accepts a remote offer only when it is not in the middle of its own offer ' +
      '(stable, or have-remote-offer for a replacement). RFC 9429 §3.2.',
  },
  {
    id: 'b-create-answer',
    actor: 'B',
    call: 'b.createAnswer()',
    does: 'B writes its answer: the subset of the offer it accepts',
    legal: (s) => s.b.signalingState === 'have-remote-offer' && s.answer === null,
    run: async (s) => {
      s.answer = await s.b.createAnswer();
      return sdpLines(s.answer);
    },
    whyRefused:
      'An answer only exists in reply to an offer: B must be in have-remote-offer, that is, ' +
      'have applied A’s offer with setRemoteDescription (RFC 3264 §6; RFC 9429 §3.2).',
  },
  {
    id: 'b-set-local',
    actor: 'B',
    call: 'b.setLocalDescription(answer)',
    does: 'B commits to its answer, goes back to stable and starts gathering',
    legal: (s) => s.answer !== null && s.b.signalingState === 'have-remote-offer',
    run: async (s) => {
      if (!s.answer) throw new MissingInput('B has no answer yet: run b.createAnswer() first.');
      await s.b.setLocalDescription(s.answer);
      return `signalingState is now ${s.b.signalingState}`;
    },
    whyRefused:
      'B can apply an answer only while it holds a remote offer (have-remote-offer); in stable ' +
      'there is nothing to answer. RFC 9429 §3.2.',
  },
  {
    id: 'send-answer',
    actor: 'B → A',
    call: 'signaling.send(answer)',
    does: 'your application carries the answer back to A',
    legal: (s) => s.b.localDescription?.type === 'answer' && !s.answerDelivered,
    run: async (s) => {
      if (!s.answer) throw new MissingInput('There is no answer to send: B must create one first.');
      s.answerDelivered = true;
      return 'answer delivered to A';
    },
    whyRefused: 'Signaling is the application’s job; the browser is not involved in this step.',
  },
  {
    id: 'a-set-remote',
    actor: 'A',
    call: 'a.setRemoteDescription(answer)',
    does: 'A learns B’s answer; both sides agree and A returns to stable',
    legal: (s) => s.answerDelivered && s.a.signalingState === 'have-local-offer',
    run: async (s) => {
      if (!s.answer || !s.answerDelivered)
        throw new MissingInput('A has not received an answer: B must create and send one.');
      await s.a.setRemoteDescription(s.answer);
      return `signalingState is now ${s.a.signalingState}`;
    },
    whyRefused:
      'An answer is only accepted by the peer that made the offer, while it waits for the ' +
      'reply (have-local-offer). A in stable has no open offer to answer. RFC 9429 §3.2.',
  },
  {
    id: 'a-send-candidates',
    actor: 'A → B',
    call: 'b.addIceCandidate(candidate)',
    does: 'carries A’s gathered candidates to B (trickle ICE, RFC 8838)',
    legal: (s) => s.aToB.pending.length > 0 && s.b.remoteDescription !== null,
    run: async (s) => {
      const n = s.aToB.pending.length;
      if (n === 0)
        throw new MissingInput('A has no candidates waiting: A gathers after setLocalDescription.');
      await s.aToB.deliver();
      return `${n} candidate(s) added to B`;
    },
    whyRefused:
      'A candidate belongs to a media section of the remote description, so the receiver needs ' +
      'a remote description before it can take any (webrtc-pc, addIceCandidate; RFC 8838 §4).',
  },
  {
    id: 'b-send-candidates',
    actor: 'B → A',
    call: 'a.addIceCandidate(candidate)',
    does: 'carries B’s gathered candidates to A',
    legal: (s) => s.bToA.pending.length > 0 && s.a.remoteDescription !== null,
    run: async (s) => {
      const n = s.bToA.pending.length;
      if (n === 0)
        throw new MissingInput('B has no candidates waiting: B gathers after setLocalDescription.');
      await s.bToA.deliver();
      return `${n} candidate(s) added to A`;
    },
    whyRefused:
      'A can take B’s candidates only once it has B’s answer as its remote description ' +
      '(webrtc-pc, addIceCandidate; RFC 8838 §4).',
  },
];

/**
 * The ids of the steps that are legal on `session` now; before the first step there are no
 * peers yet (null), and only the first step can start them.
 */
export function legalStepIds(session: StepperSession | null): Set<string> {
  if (!session) return new Set([LIFECYCLE_STEPS[0]!.id]);
  return new Set(LIFECYCLE_STEPS.filter((step) => step.legal(session)).map((step) => step.id));
}

/**
 * The alert for a step that did not happen: the browser's own error and what it means, or,
 * when the step lacked its input, only what is missing (the browser was never asked).
 */
export function refusalMessage(step: LifecycleStep, error: unknown): string {
  if (error instanceof MissingInput) return `Not possible yet: ${step.call}\n${error.message}`;
  return `The browser refused: ${step.call}\n${describeError(error)}\nWhat it means: ${step.whyRefused}`;
}
