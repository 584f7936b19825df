import { describe, expect, it } from 'vitest';
import { pipeCandidates } from '~/rtc/candidatePipe';

/** A peer that gathers: dispatches icecandidate events a test chooses. */
class FakeSender extends EventTarget {
  gather(candidate: string | null): void {
    const event = new Event('icecandidate') as Event & { candidate: unknown };
    event.candidate = candidate === null ? null : { toJSON: () => ({ candidate }) };
    this.dispatchEvent(event);
  }
}

/** A peer that receives: records addIceCandidate calls and refuses them without a remote description. */
class FakeReceiver extends EventTarget {
  signalingState: RTCSignalingState = 'stable';
  remoteDescription: { type: string } | null = null;
  added: string[] = [];
  /** Calls not settled yet: the browser applies them in order but answers later. */
  inFlight = 0;
  refuse = new Set<string>();
  addIceCandidate(init: RTCIceCandidateInit): Promise<void> {
    const candidate = init.candidate ?? '';
    this.inFlight += 1;
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        this.inFlight -= 1;
        if (!this.remoteDescription || this.refuse.has(candidate)) {
          reject(new DOMException('no remote description', 'InvalidStateError'));
          return;
        }
        this.added.push(candidate);
        resolve();
      }, 1),
    );
  }
  applyRemote(): void {
    this.remoteDescription = { type: 'offer' };
    this.signalingState = 'have-remote-offer';
    this.dispatchEvent(new Event('signalingstatechange'));
  }
}
const peers = () => {
  const from = new FakeSender();
  const to = new FakeReceiver();
  return { from, to, pc: (p: EventTarget) => p as unknown as RTCPeerConnection };
};

describe('pipeCandidates', () => {
  it('queues candidates until the receiver has a remote description, then hands them all over in order', async () => {
    const { from, to, pc } = peers();
    const pipe = pipeCandidates(pc(from), pc(to), { auto: true });
    from.gather('c1');
    from.gather('c2');
    from.gather(null);
    expect(pipe.pending.map((c) => c.candidate)).toEqual(['c1', 'c2']);
    to.applyRemote();
    // Both calls are made before the first settles: no waiting for one before the next.
    expect(to.inFlight).toBe(2);
    await new Promise((r) => setTimeout(r, 10));
    expect(to.added).toEqual(['c1', 'c2']);
    expect(pipe.delivered).toBe(2);
    expect(pipe.pending).toEqual([]);
  });

  it('delivers only when asked in manual mode, and keeps a refused candidate queued with the browser’s error', async () => {
    const { from, to, pc } = peers();
    const pipe = pipeCandidates(pc(from), pc(to), { auto: false });
    from.gather('c1');
    from.gather('c2');
    to.applyRemote();
    expect(to.inFlight).toBe(0);
    to.refuse.add('c1');
    await expect(pipe.deliver()).rejects.toThrow('no remote description');
    expect(to.added).toEqual(['c2']);
    expect(pipe.pending.map((c) => c.candidate)).toEqual(['c1']);
    expect(pipe.delivered).toBe(1);
  });

  it('stops listening when stopped', () => {
    const { from, to, pc } = peers();
    const pipe = pipeCandidates(pc(from), pc(to), { auto: true });
    pipe.stop();
    from.gather('c1');
    expect(pipe.pending).toEqual([]);
  });
});
