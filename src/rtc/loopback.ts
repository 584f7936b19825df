import { closePeerConnection, createPeerConnection } from './registry';
import { pipeCandidates } from './candidatePipe';
import { observePeer } from './observePeer';
import { createTimeline, type Timeline } from './timeline';
import { gatheringComplete, remoteChannel } from './wait';

/** Which of the two peers: A offers (and is normally the controlling agent), B answers. */
export type PeerName = 'A' | 'B';

/** The offer/answer steps, in order; `onStep` hears each just before it runs. */
export type NegotiationStep =
  'createOffer' | 'setLocalDescription' | 'setRemoteDescription' | 'createAnswer';

/** How a pair is opened. Every field is optional. */
export interface LoopbackOptions {
  /** Where state changes, candidates and steps are recorded (default: a log nobody reads). */
  timeline?: Timeline;
  /** Both peers' configuration; nothing leaves the machine unless `iceServers` names a server. */
  config?: RTCConfiguration;
  /** B's configuration when it differs from A's (its own certificate, say); default `config`. */
  configB?: RTCConfiguration;
  /**
   * Trickle ICE (the default): each candidate goes to the other peer as soon as it is gathered.
   * Without, no candidate is carried: each description waits until gathering is complete and
   * carries every candidate itself.
   */
  trickle?: boolean;
  /** Opens a data channel with this label on A before the first offer. */
  channel?: string;
}

/** What one negotiation may do besides offer and answer. */
export interface NegotiateOptions {
  /** Ask A for new ICE credentials (an ICE restart). */
  iceRestart?: boolean;
  /**
   * Between createOffer and A's setLocalDescription: returns the SDP to apply instead (munging),
   * and may wait (a learner editing it). The browser's refusal is thrown as it is.
   */
  editOffer?(sdp: string): string | Promise<string>;
  /** After B has applied the offer, before createAnswer (B adds its own tracks, say). */
  beforeAnswer?(b: RTCPeerConnection): void | Promise<void>;
  /**
   * The answer as signaling delivers it to A (B applied its own): returns the SDP A applies
   * instead, as an attacker on the signaling path could. The browser's refusal is thrown as it is.
   */
  editAnswer?(sdp: string): string | Promise<string>;
  /** Without trickle: how long each peer waits for gathering at most (45 s by default). */
  gatheringCapMs?: number;
  /** Hears each step just before it runs, with its peer and `performance.now()`. */
  onStep?(peer: PeerName, step: NegotiationStep, at: number): void;
  /** Stops between steps: the negotiation rejects with an AbortError. */
  signal?: AbortSignal;
}

/** The descriptions signaling carried: what B applied as the offer and A as the answer. */
export interface Negotiated {
  offer: string;
  answer: string;
}

/** Two peers in one page, wired as signaling would wire them. */
export interface Loopback {
  a: RTCPeerConnection;
  b: RTCPeerConnection;
  /** A's data channel, when `channel` was given. */
  channel: RTCDataChannel | null;
  /** B's end of the first data channel A opens. */
  remoteChannel: Promise<RTCDataChannel>;
  /** Runs offer/answer, A offering. */
  negotiate(options?: NegotiateOptions): Promise<Negotiated>;
  /** Closes `close` together with the pair (a media source, a listener). */
  adopt(close: () => void): void;
  /** Closes both peers and everything adopted; safe to call more than once. */
  close(): void;
}

/**
 * Opens peers A and B over loopback. Every state change goes into the timeline; with trickle,
 * each candidate one gathers reaches the other as soon as it can take it. Throws the browser's
 * own error when the configuration is refused (nothing is left open then).
 */
export function openLoopback(options: LoopbackOptions = {}): Loopback {
  const { timeline = createTimeline(), config = {}, trickle = true } = options;
  const a = createPeerConnection(config);
  let b: RTCPeerConnection;
  try {
    b = createPeerConnection(options.configB ?? config);
  } catch (error) {
    closePeerConnection(a);
    throw error;
  }
  const closers = [observePeer(a, 'A', timeline), observePeer(b, 'B', timeline)];
  if (trickle) {
    closers.push(
      pipeCandidates(a, b, { auto: true }).stop,
      pipeCandidates(b, a, { auto: true }).stop,
    );
  }
  const incoming = remoteChannel(b);
  const channel = options.channel === undefined ? null : a.createDataChannel(options.channel);
  let closed = false;

  async function negotiate(opts: NegotiateOptions = {}): Promise<Negotiated> {
    const { signal, gatheringCapMs = 45_000 } = opts;
    const step = (peer: PeerName, name: NegotiationStep) => {
      signal?.throwIfAborted();
      opts.onStep?.(peer, name, performance.now());
    };
    const describe = async (pc: RTCPeerConnection, peer: PeerName, sdp: string) => {
      if (trickle) return sdp;
      await gatheringComplete(pc, gatheringCapMs, signal);
      signal?.throwIfAborted();
      timeline.record(peer, 'gathering done', 'the description now carries every candidate');
      return pc.localDescription?.sdp ?? sdp;
    };

    step('A', 'createOffer');
    const created = await a.createOffer(opts.iceRestart ? { iceRestart: true } : {});
    const offerSdp = opts.editOffer ? await opts.editOffer(created.sdp ?? '') : (created.sdp ?? '');
    step('A', 'setLocalDescription');
    await a.setLocalDescription({ type: 'offer', sdp: offerSdp });
    timeline.record('A', 'setLocalDescription', 'offer');
    const offer = await describe(a, 'A', offerSdp);
    step('B', 'setRemoteDescription');
    await b.setRemoteDescription({ type: 'offer', sdp: offer });
    timeline.record('B', 'setRemoteDescription', 'offer');
    await opts.beforeAnswer?.(b);
    step('B', 'createAnswer');
    const createdAnswer = await b.createAnswer();
    step('B', 'setLocalDescription');
    await b.setLocalDescription(createdAnswer);
    timeline.record('B', 'setLocalDescription', 'answer');
    const described = await describe(b, 'B', createdAnswer.sdp ?? '');
    const answer = opts.editAnswer ? await opts.editAnswer(described) : described;
    step('A', 'setRemoteDescription');
    await a.setRemoteDescription({ type: 'answer', sdp: answer });
    timeline.record('A', 'setRemoteDescription', 'answer');
    return { offer, answer };
  }

  return {
    a,
    b,
    channel,
    remoteChannel: incoming,
    negotiate,
    adopt(close) {
      if (closed) close();
      else closers.push(close);
    },
    close() {
      if (closed) return;
      closed = true;
      for (const close of closers) close();
      closePeerConnection(a);
      closePeerConnection(b);
      timeline.record('lab', 'close', 'both peers closed');
    },
  };
}
