import { closePeerConnection, createPeerConnection } from './registry';
import { pipeCandidates } from './candidatePipe';
import { observePeer } from './observePeer';
import type { Timeline } from './timeline';

/** Two connected-to-be peers in one page, with trickle ICE wired between them. */
export interface Loopback {
  a: RTCPeerConnection;
  b: RTCPeerConnection;
  /** Runs offer/answer (A offers); resolves with both descriptions' SDP. */
  negotiate(): Promise<{ offer: string; answer: string }>;
  /** Closes both peers and stops every listener; safe to call more than once. */
  close(): void;
}

/**
 * Opens peers A and B over loopback: each candidate one gathers reaches the other as soon as
 * it can take it, and every state change goes into the timeline. Nothing leaves the machine
 * unless `config.iceServers` names a server.
 */
export function openLoopback(timeline: Timeline, config: RTCConfiguration = {}): Loopback {
  const a = createPeerConnection(config);
  const b = createPeerConnection(config);
  const stops = [
    observePeer(a, 'A', timeline),
    observePeer(b, 'B', timeline),
    pipeCandidates(a, b, { auto: true }).stop,
    pipeCandidates(b, a, { auto: true }).stop,
  ];
  let closed = false;
  return {
    a,
    b,
    async negotiate() {
      const offer = await a.createOffer();
      await a.setLocalDescription(offer);
      timeline.record('A', 'setLocalDescription', 'offer');
      await b.setRemoteDescription(offer);
      const answer = await b.createAnswer();
      await b.setLocalDescription(answer);
      timeline.record('B', 'setLocalDescription', 'answer');
      await a.setRemoteDescription(answer);
      return { offer: offer.sdp ?? '', answer: answer.sdp ?? '' };
    },
    close() {
      if (closed) return;
      closed = true;
      for (const stop of stops) stop();
      closePeerConnection(a);
      closePeerConnection(b);
      timeline.record('lab', 'close', 'both peers closed');
    },
  };
}
