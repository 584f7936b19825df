import { describe, expect, it, vi } from 'vitest';
import {
  bothConnected,
  channelOpen,
  connected,
  gatheringComplete,
  isAbort,
  withTimeout,
} from '~/rtc/wait';

/** A stand-in for a peer connection: an event target whose states a test sets. */
class FakePeer extends EventTarget {
  connectionState = 'new';
  iceGatheringState = 'new';
  set(field: 'connectionState' | 'iceGatheringState', value: string, event: string): void {
    this[field] = value;
    this.dispatchEvent(new Event(event));
  }
}
const asPeer = (p: FakePeer) => p as unknown as RTCPeerConnection;

/** A stand-in for a data channel. */
class FakeChannel extends EventTarget {
  label = 'chat';
  readyState = 'connecting';
}
const asChannel = (c: FakeChannel) => c as unknown as RTCDataChannel;

describe('withTimeout', () => {
  it('resolves with the promise’s value when it settles in time', async () => {
    await expect(withTimeout(Promise.resolve('open'), 100, 'too slow')).resolves.toBe('open');
  });
  it('rejects with the given message when time runs out', async () => {
    vi.useFakeTimers();
    const never = new Promise<never>(() => {});
    const result = withTimeout(never, 10_000, 'The data channel did not open within 10 s.');
    vi.advanceTimersByTime(10_000);
    await expect(result).rejects.toThrow('The data channel did not open within 10 s.');
    vi.useRealTimers();
  });
  it('passes the promise’s own rejection through', async () => {
    await expect(
      withTimeout(Promise.reject(new Error('refused')), 100, 'too slow'),
    ).rejects.toThrow('refused');
  });
});

describe('connected', () => {
  it('resolves when the connection state becomes connected', async () => {
    const pc = new FakePeer();
    const done = connected(asPeer(pc));
    pc.set('connectionState', 'connecting', 'connectionstatechange');
    pc.set('connectionState', 'connected', 'connectionstatechange');
    await expect(done).resolves.toBeUndefined();
  });
  it('resolves at once when the peer is already connected', async () => {
    const pc = new FakePeer();
    pc.connectionState = 'connected';
    await expect(connected(asPeer(pc))).resolves.toBeUndefined();
  });
  it('rejects naming the state when the connection fails', async () => {
    const pc = new FakePeer();
    const done = connected(asPeer(pc));
    pc.set('connectionState', 'failed', 'connectionstatechange');
    await expect(done).rejects.toThrow('The connection ended in state "failed".');
  });
  it('rejects with an abort when its signal aborts, and stops listening', async () => {
    const pc = new FakePeer();
    const controller = new AbortController();
    const done = connected(asPeer(pc), controller.signal);
    controller.abort();
    const error = await done.catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
  });
});

describe('bothConnected', () => {
  it('gives up after the time allowed with a sentence saying how long it waited', async () => {
    vi.useFakeTimers();
    const result = bothConnected(asPeer(new FakePeer()), asPeer(new FakePeer()), 10_000);
    vi.advanceTimersByTime(10_000);
    await expect(result).rejects.toThrow('The two peers did not connect within 10 s.');
    vi.useRealTimers();
  });
});

describe('channelOpen', () => {
  it('resolves on the open event', async () => {
    const channel = new FakeChannel();
    const open = channelOpen(asChannel(channel));
    channel.readyState = 'open';
    channel.dispatchEvent(new Event('open'));
    await expect(open).resolves.toBeUndefined();
  });
  it('rejects when the channel closes before it opens', async () => {
    const channel = new FakeChannel();
    const open = channelOpen(asChannel(channel));
    channel.readyState = 'closed';
    channel.dispatchEvent(new Event('close'));
    channel.dispatchEvent(new Event('open'));
    await expect(open).rejects.toThrow('Data channel "chat" closed.');
  });
});

describe('gatheringComplete', () => {
  it('resolves when gathering completes', async () => {
    const pc = new FakePeer();
    const done = gatheringComplete(asPeer(pc), 45_000);
    pc.set('iceGatheringState', 'complete', 'icegatheringstatechange');
    await expect(done).resolves.toBeUndefined();
  });
  it('resolves after the cap when gathering never completes', async () => {
    vi.useFakeTimers();
    const done = gatheringComplete(asPeer(new FakePeer()), 3_000);
    vi.advanceTimersByTime(3_000);
    await expect(done).resolves.toBeUndefined();
    vi.useRealTimers();
  });
});
