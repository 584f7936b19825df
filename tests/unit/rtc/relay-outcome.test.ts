import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noServerAnswered, waitForRelayOutcome } from '~/rtc/relayOutcome';
import { isAbort } from '~/rtc/wait';

/** Just enough of a peer connection: the two states the wait reads, and their events. */
class FakePeer extends EventTarget {
  iceGatheringState: RTCIceGatheringState = 'gathering';
  connectionState: RTCPeerConnectionState = 'connecting';
  set(gathering: RTCIceGatheringState, connection: RTCPeerConnectionState = this.connectionState) {
    this.iceGatheringState = gathering;
    this.connectionState = connection;
    this.dispatchEvent(new Event('icegatheringstatechange'));
    this.dispatchEvent(new Event('connectionstatechange'));
  }
}

class FakeChannel extends EventTarget {
  readyState: RTCDataChannelState = 'connecting';
  open() {
    this.readyState = 'open';
    this.dispatchEvent(new Event('open'));
  }
}

const DEADLINES = { candidateMs: 100, openMs: 200 };

function setUp(relays: [number, number]) {
  const a = new FakePeer();
  const b = new FakePeer();
  const channel = new FakeChannel();
  const counts = new Map<unknown, number>([
    [a, relays[0]],
    [b, relays[1]],
  ]);
  const controller = new AbortController();
  const outcome = waitForRelayOutcome(
    [a, b] as unknown as RTCPeerConnection[],
    channel as unknown as RTCDataChannel,
    (pc) => counts.get(pc) ?? 0,
    controller.signal,
    DEADLINES,
  );
  return { a, b, channel, outcome, controller };
}

describe('waitForRelayOutcome', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is open as soon as the data channel opens', async () => {
    const { channel, outcome } = setUp([1, 1]);
    channel.open();
    await expect(outcome).resolves.toBe('open');
  });

  it('says no-relay when a peer finished gathering without a relay candidate (a 401, say)', async () => {
    const { a, outcome } = setUp([0, 1]);
    a.set('complete');
    await expect(outcome).resolves.toBe('no-relay');
  });

  it('says timeout when a relay candidate is still missing at the candidate deadline', async () => {
    const { outcome } = setUp([1, 0]);
    vi.advanceTimersByTime(DEADLINES.candidateMs);
    await expect(outcome).resolves.toBe('timeout');
  });

  it('says checks-failed when both have relays but no pair works, or a connection fails', async () => {
    const late = setUp([1, 1]);
    vi.advanceTimersByTime(DEADLINES.openMs);
    await expect(late.outcome).resolves.toBe('checks-failed');
    const failed = setUp([1, 1]);
    failed.b.set('complete', 'failed');
    await expect(failed.outcome).resolves.toBe('checks-failed');
  });

  it('rejects with an abort when the run is stopped, and no timer fires afterwards', async () => {
    const { outcome, controller } = setUp([0, 0]);
    controller.abort();
    const error = await outcome.catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('noServerAnswered', () => {
  it('is true for the failures where no TURN server answered at all', () => {
    for (const code of ['timeout', '701', 'loopback-refused'])
      expect(noServerAnswered(code)).toBe(true);
  });

  it('is false when a server answered, even with a refusal, and before any failure', () => {
    for (const code of ['401', '403', 'checks-failed', 'bad-url', ''])
      expect(noServerAnswered(code)).toBe(false);
  });
});
