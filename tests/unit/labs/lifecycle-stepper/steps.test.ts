// The lifecycle stepper's guided mode: which step is legal in which state of the two peers, and
// what the alert says when a step is refused. The peers are stand-ins holding only the states
// the rules read; the browser's real refusals are covered end to end.
import { describe, expect, it } from 'vitest';
import {
  LIFECYCLE_STEPS,
  MissingInput,
  legalStepIds,
  refusalMessage,
  type LifecycleStep,
} from '~/components/labs/lifecycle-stepper/steps';
import type { StepperSession } from '~/components/labs/lifecycle-stepper/stepperSession';

interface FakePeer {
  signalingState: RTCSignalingState;
  localDescription: RTCSessionDescriptionInit | null;
  remoteDescription: RTCSessionDescriptionInit | null;
}

const OFFER: RTCSessionDescriptionInit = { type: 'offer', sdp: 'v=0\r\n' };
const ANSWER: RTCSessionDescriptionInit = { type: 'answer', sdp: 'v=0\r\n' };

/** What the rules read of a session, with peers that are plain objects. */
type FakeSession = Omit<StepperSession, 'a' | 'b' | 'aToB' | 'bToA'> & {
  a: FakePeer;
  b: FakePeer;
  aToB: { pending: RTCIceCandidateInit[] };
  bToA: { pending: RTCIceCandidateInit[] };
};

/** A session before any step; `change` edits it like the steps and the browser would. */
function session(change: (s: FakeSession) => void = () => {}): FakeSession {
  const peer = (): FakePeer => ({
    signalingState: 'stable',
    localDescription: null,
    remoteDescription: null,
  });
  const s = {
    a: peer(),
    b: peer(),
    offer: null,
    answer: null,
    offerDelivered: false,
    answerDelivered: false,
    channel: null,
    aToB: { pending: [] },
    bToA: { pending: [] },
  } as unknown as FakeSession;
  change(s);
  return s;
}

/** The legal step ids of a fake session, in step order. */
const legal = (s: FakeSession | null) => [...legalStepIds(s as unknown as StepperSession | null)];

const CHANNEL = {} as RTCDataChannel;
const byId = (id: string): LifecycleStep => LIFECYCLE_STEPS.find((step) => step.id === id)!;

describe('legalStepIds', () => {
  it('allows only creating the channel before there are any peers', () => {
    expect(legal(null)).toEqual(['a-create-channel']);
  });

  it('allows only creating the channel on a fresh pair', () => {
    expect(legal(session())).toEqual(['a-create-channel']);
  });

  it('allows creating the offer once the channel exists', () => {
    expect(legal(session((s) => (s.channel = CHANNEL)))).toEqual(['a-create-offer']);
  });

  it('sends the offer only after A has applied it, not when it is merely created', () => {
    const created = session((s) => {
      s.channel = CHANNEL;
      s.offer = OFFER;
    });
    expect(legal(created)).toEqual(['a-set-local']);
    const applied = session((s) => {
      s.channel = CHANNEL;
      s.offer = OFFER;
      s.a.signalingState = 'have-local-offer';
      s.a.localDescription = OFFER;
    });
    expect(legal(applied)).toEqual(['send-offer']);
  });

  it('lets B answer only in have-remote-offer', () => {
    const waiting = session((s) => {
      s.channel = CHANNEL;
      s.offer = OFFER;
      s.offerDelivered = true;
      s.a.signalingState = 'have-local-offer';
      s.a.localDescription = OFFER;
    });
    expect(legal(waiting)).not.toContain('b-create-answer');
    expect(legal(waiting)).toContain('b-set-remote');
    waiting.b.signalingState = 'have-remote-offer';
    waiting.b.remoteDescription = OFFER;
    expect(legal(waiting)).toEqual(['b-create-answer']);
  });

  it('lets A take the answer only once it has been sent and A still waits for it', () => {
    const answered = session((s) => {
      s.channel = CHANNEL;
      s.offer = OFFER;
      s.answer = ANSWER;
      s.offerDelivered = true;
      s.answerDelivered = true;
      s.a.localDescription = OFFER;
      s.b.localDescription = ANSWER;
      s.b.remoteDescription = OFFER;
    });
    answered.a.signalingState = 'have-local-offer';
    expect(legal(answered)).toEqual(['a-set-remote']);
    answered.a.signalingState = 'stable';
    expect(legal(answered)).not.toContain('a-set-remote');
  });

  it('offers to carry candidates only when some wait and the receiver has a remote description', () => {
    const gathered = session((s) => {
      s.channel = CHANNEL;
      s.offer = OFFER;
      s.a.signalingState = 'have-local-offer';
      s.a.localDescription = OFFER;
      s.aToB.pending.push({
        candidate: 'candidate:1 1 udp 1 x 9 typ host',
      });
    });
    expect(legal(gathered)).not.toContain('a-send-candidates');
    gathered.b.remoteDescription = OFFER;
    expect(legal(gathered)).toContain('a-send-candidates');
    expect(legal(gathered)).not.toContain('b-send-candidates');
  });
});

describe('refusalMessage', () => {
  it('gives the browser’s own error and what the refusal means', () => {
    const step = byId('b-create-answer');
    const error = new DOMException('Called in wrong state: stable', 'InvalidStateError');
    expect(refusalMessage(step, error)).toBe(
      `The browser refused: b.createAnswer()\nInvalidStateError: Called in wrong state: stable\nWhat it means: ${step.whyRefused}`,
    );
  });

  it('says only what is missing when the step lacked its input (the browser was never asked)', () => {
    const message = refusalMessage(byId('a-set-local'), new MissingInput('A has no offer yet.'));
    expect(message).toBe('Not possible yet: a.setLocalDescription(offer)\nA has no offer yet.');
  });
});
