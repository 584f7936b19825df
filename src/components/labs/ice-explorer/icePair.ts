// Two peers in this page for the ICE explorer, with or without trickle ICE. This file drives the
// connection (the lab's state class only reads what it reports), and everything it opens goes
// through the registry so that the open-connection count stays right.
import { pipeCandidates } from '~/rtc/candidatePipe';
import { observePeer } from '~/rtc/observePeer';
import { closePeerConnection, createPeerConnection } from '~/rtc/registry';
import type { Timeline } from '~/rtc/timeline';

/** Which of the two peers: A offers (and is normally the controlling agent), B answers. */
export type PeerName = 'A' | 'B';

/** What the pair reports while it works; every callback is optional. */
export interface IcePairEvents {
  /** Just before a peer's setLocalDescription: the moment its gathering starts. */
  onSetLocalDescription?(peer: PeerName, at: number): void;
  /** A gathered candidate line, or null at the end of gathering. */
  onCandidate?(peer: PeerName, line: string | null, at: number): void;
  /** A peer's iceGatheringState became `complete`. */
  onGatheringComplete?(peer: PeerName, at: number): void;
}

/** Two peers, A's data channel, and the offer/answer that connects them. */
export interface IcePair {
  a: RTCPeerConnection;
  b: RTCPeerConnection;
  /** A's end of the data channel, created before the first offer. */
  channel: RTCDataChannel;
  /** B's end of the same channel, once it has arrived. */
  remoteChannel: Promise<RTCDataChannel>;
  /**
   * Offer/answer from A. With trickle, each description is sent at once and candidates follow;
   * without, each peer waits until its gathering is complete and sends a description that
   * carries every candidate (at most `gatheringCapMs` per peer).
   */
  negotiate(): Promise<void>;
  close(): void;
}

/** Options of a pair: the RTCConfiguration, trickle or not, and how long to wait for gathering. */
export interface IcePairOptions {
  config: RTCConfiguration;
  trickle: boolean;
  timeline: Timeline;
  events?: IcePairEvents;
  gatheringCapMs?: number;
}

/** Opens peers A and B; throws the browser's own error when the configuration is refused. */
export function openIcePair(options: IcePairOptions): IcePair {
  const { config, trickle, timeline, events = {}, gatheringCapMs = 45_000 } = options;
  const a = createPeerConnection(config);
  let b: RTCPeerConnection;
  try {
    b = createPeerConnection(config);
  } catch (error) {
    closePeerConnection(a);
    throw error;
  }
  const controller = new AbortController();
  const { signal } = controller;
  const stops = [observePeer(a, 'A', timeline), observePeer(b, 'B', timeline)];
  if (trickle) {
    stops.push(
      pipeCandidates(a, b, { auto: true }).stop,
      pipeCandidates(b, a, { auto: true }).stop,
    );
  }
  for (const [pc, peer] of [
    [a, 'A'],
    [b, 'B'],
  ] as const) {
    pc.addEventListener(
      'icecandidate',
      (e) =>
        events.onCandidate?.(peer, e.candidate ? e.candidate.candidate : null, performance.now()),
      { signal },
    );
    pc.addEventListener(
      'icegatheringstatechange',
      () => {
        if (pc.iceGatheringState === 'complete')
          events.onGatheringComplete?.(peer, performance.now());
      },
      { signal },
    );
  }
  const channel = a.createDataChannel('ice-explorer');
  const remoteChannel = new Promise<RTCDataChannel>((resolve) => {
    b.addEventListener('datachannel', (e) => resolve(e.channel), { signal, once: true });
  });

  const setLocal = async (pc: RTCPeerConnection, peer: PeerName) => {
    events.onSetLocalDescription?.(peer, performance.now());
    await pc.setLocalDescription();
    timeline.record(peer, 'setLocalDescription', pc.localDescription?.type ?? '');
    if (!trickle) await gatheringComplete(pc, gatheringCapMs, signal);
  };
  let closed = false;
  return {
    a,
    b,
    channel,
    remoteChannel,
    async negotiate() {
      await setLocal(a, 'A');
      await b.setRemoteDescription(a.localDescription!);
      await setLocal(b, 'B');
      await a.setRemoteDescription(b.localDescription!);
    },
    close() {
      if (closed) return;
      closed = true;
      controller.abort();
      for (const stop of stops) stop();
      closePeerConnection(a);
      closePeerConnection(b);
    },
  };
}

/**
 * Resolves when the peer's gathering is complete, or after `capMs` (a server that never answers
 * can hold gathering open for a long time; the description then goes with what was found).
 */
export function gatheringComplete(
  pc: RTCPeerConnection,
  capMs: number,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve) => {
    if (pc.iceGatheringState === 'complete') return resolve();
    const timer = setTimeout(done, capMs);
    function done() {
      clearTimeout(timer);
      pc.removeEventListener('icegatheringstatechange', check);
      resolve();
    }
    function check() {
      if (pc.iceGatheringState === 'complete') done();
    }
    pc.addEventListener('icegatheringstatechange', check);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Resolves when the channel is open (at once if it already is). */
export function channelOpen(channel: RTCDataChannel): Promise<void> {
  if (channel.readyState === 'open') return Promise.resolve();
  return new Promise((resolve) =>
    channel.addEventListener('open', () => resolve(), { once: true }),
  );
}
