// The readiness lab's state class against a stand-in RTCPeerConnection that gathers only when
// the test says so: a finished check, and a reset while the probe is still gathering.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadinessLab } from '~/components/labs/readiness/readiness.svelte';
import { openPeerConnectionCount } from '~/rtc/registry';

/** A peer connection that emits the candidates `gather` hands it, and nothing else. */
class FakePeerConnection extends EventTarget {
  static last: FakePeerConnection | null = null;
  signalingState: RTCSignalingState = 'stable';
  constructor() {
    super();
    FakePeerConnection.last = this;
  }
  createDataChannel(): void {}
  async setLocalDescription(): Promise<void> {}
  close(): void {
    this.signalingState = 'closed';
  }
  gather(candidate: { type: string; address: string } | null): void {
    this.dispatchEvent(Object.assign(new Event('icecandidate'), { candidate }));
  }
}

/** Lets the lab's awaits run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => vi.stubGlobal('RTCPeerConnection', FakePeerConnection));
afterEach(() => vi.unstubAllGlobals());

describe('ReadinessLab', () => {
  it('finishes with the host address hidden when the candidate carries a .local name', async () => {
    const lab = new ReadinessLab();
    const running = lab.run();
    await settle();
    FakePeerConnection.last!.gather({ type: 'host', address: 'f00d.local' });
    await running;
    expect([lab.status.phase, lab.hostAddress, lab.mdns]).toEqual(['done', 'f00d.local', true]);
    expect(lab.support?.peerConnection).toBe(true);
    expect(openPeerConnectionCount()).toBe(0);
  });

  it('stops the probe on reset: its connection closes and a late candidate changes nothing', async () => {
    const lab = new ReadinessLab();
    const running = lab.run();
    await settle();
    const probe = FakePeerConnection.last!;
    lab.reset();
    await running;
    probe.gather({ type: 'host', address: '192.0.2.1' });
    expect([lab.status.phase, lab.status.error, lab.hostAddress]).toEqual(['idle', '', null]);
    expect(probe.signalingState).toBe('closed');
    expect(openPeerConnectionCount()).toBe(0);
  });
});
