// The lifecycle stepper's state class against stand-in peers whose createOffer the test holds:
// what a reset does to a step still waiting for the browser, and a refusal followed by a step.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LifecycleStepperLab } from '~/components/labs/lifecycle-stepper/lifecycle-stepper.svelte';
import { LIFECYCLE_STEPS } from '~/components/labs/lifecycle-stepper/steps';
import { openPeerConnectionCount } from '~/rtc/registry';

/** A peer connection that answers createOffer only when the test releases it. */
class FakePeerConnection extends EventTarget {
  static release: (() => void)[] = [];
  signalingState: RTCSignalingState = 'stable';
  iceGatheringState: RTCIceGatheringState = 'new';
  iceConnectionState: RTCIceConnectionState = 'new';
  connectionState: RTCPeerConnectionState = 'new';
  localDescription: RTCSessionDescriptionInit | null = null;
  remoteDescription: RTCSessionDescriptionInit | null = null;
  createDataChannel(label: string) {
    return { label };
  }
  createOffer(): Promise<RTCSessionDescriptionInit> {
    return new Promise((resolve) =>
      FakePeerConnection.release.push(() => resolve({ type: 'offer', sdp: 'v=0\r\n' })),
    );
  }
  async createAnswer(): Promise<RTCSessionDescriptionInit> {
    if (this.signalingState !== 'have-remote-offer') {
      throw new DOMException(`Called in wrong state: ${this.signalingState}`, 'InvalidStateError');
    }
    return { type: 'answer', sdp: 'v=0\r\n' };
  }
  close(): void {
    this.signalingState = 'closed';
  }
}

const step = (id: string) => LIFECYCLE_STEPS.find((s) => s.id === id)!;

beforeEach(() => {
  FakePeerConnection.release = [];
  vi.stubGlobal('RTCPeerConnection', FakePeerConnection);
});
afterEach(() => vi.unstubAllGlobals());

describe('LifecycleStepperLab', () => {
  it('enables only the first step before there are peers, every step in free order', () => {
    const lab = new LifecycleStepperLab();
    expect(LIFECYCLE_STEPS.filter((s) => lab.isEnabled(s)).map((s) => s.id)).toEqual([
      'a-create-channel',
    ]);
    lab.preset(new URLSearchParams('free=1'));
    expect(LIFECYCLE_STEPS.every((s) => lab.isEnabled(s))).toBe(true);
  });

  it('runs a step, records it and enables the next one', async () => {
    const lab = new LifecycleStepperLab();
    await lab.step(step('a-create-channel'));
    expect(lab.status.phase).toBe('running');
    expect(lab.entries.at(-1)?.event).toBe("a.createDataChannel('chat')");
    expect(lab.isEnabled(step('a-create-offer'))).toBe(true);
    expect(openPeerConnectionCount()).toBe(2);
    lab.dispose();
    expect(openPeerConnectionCount()).toBe(0);
  });

  it('drops a step that settles after a reset: no entry, no state, both peers closed', async () => {
    const lab = new LifecycleStepperLab();
    await lab.step(step('a-create-channel'));
    const offering = lab.step(step('a-create-offer'));
    lab.reset();
    FakePeerConnection.release.forEach((release) => release());
    await offering;
    expect([lab.status.phase, lab.entries]).toEqual(['idle', []]);
    expect(openPeerConnectionCount()).toBe(0);
  });

  it('shows a refusal in the alert, and the next step clears it and runs', async () => {
    const lab = new LifecycleStepperLab();
    lab.freeOrder = true;
    await lab.step(step('b-create-answer'));
    expect(lab.status.phase).toBe('error');
    expect(lab.status.error).toContain('The browser refused: b.createAnswer()');
    expect(lab.status.error).toContain('InvalidStateError');
    await lab.step(step('a-create-channel'));
    expect([lab.status.phase, lab.status.error]).toEqual(['running', '']);
    lab.dispose();
  });

  it('marks each step done once it ran, and points at the next step to press', async () => {
    const lab = new LifecycleStepperLab();
    expect(lab.current?.id).toBe('a-create-channel');
    expect(lab.done.size).toBe(0);
    await lab.step(step('a-create-channel'));
    expect([...lab.done]).toEqual(['a-create-channel']);
    expect(lab.current?.id).toBe('a-create-offer');
    lab.reset();
    expect(lab.done.size).toBe(0);
    expect(lab.current?.id).toBe('a-create-channel');
    lab.dispose();
  });

  it('does not mark a refused step done', async () => {
    const lab = new LifecycleStepperLab();
    lab.freeOrder = true;
    await lab.step(step('b-create-answer'));
    expect(lab.status.phase).toBe('error');
    expect(lab.done.has('b-create-answer')).toBe(false);
    // The refusal is shown beside the step that was pressed.
    expect(lab.status.errorAt).toBe('step-b-create-answer');
    lab.dispose();
  });
});
