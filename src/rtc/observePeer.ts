import type { Timeline } from './timeline';

/** The four state machines of a peer connection that the labs display. */
export interface PeerStates {
  signalingState: RTCSignalingState;
  iceGatheringState: RTCIceGatheringState;
  iceConnectionState: RTCIceConnectionState;
  connectionState: RTCPeerConnectionState;
}

/** Reads the four states of a connection now. */
export function readPeerStates(pc: RTCPeerConnection): PeerStates {
  return {
    signalingState: pc.signalingState,
    iceGatheringState: pc.iceGatheringState,
    iceConnectionState: pc.iceConnectionState,
    connectionState: pc.connectionState,
  };
}

const stateEvents = {
  signalingstatechange: 'signalingState',
  icegatheringstatechange: 'iceGatheringState',
  iceconnectionstatechange: 'iceConnectionState',
  connectionstatechange: 'connectionState',
} as const;

/**
 * Records a connection's state changes, candidates and errors in a timeline and reports its
 * states after each change. Returns the function that stops listening.
 */
export function observePeer(
  pc: RTCPeerConnection,
  name: string,
  timeline: Timeline,
  onStates: (states: PeerStates) => void = () => {},
): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  for (const [event, field] of Object.entries(stateEvents)) {
    pc.addEventListener(
      event,
      () => {
        timeline.record(name, event, pc[field]);
        onStates(readPeerStates(pc));
      },
      { signal },
    );
  }
  pc.addEventListener(
    'icecandidate',
    (e) => timeline.record(name, 'icecandidate', e.candidate?.candidate || '(end of candidates)'),
    { signal },
  );
  pc.addEventListener(
    'icecandidateerror',
    (e) => timeline.record(name, 'icecandidateerror', `${e.errorCode} ${e.errorText} (${e.url})`),
    { signal },
  );
  pc.addEventListener('datachannel', (e) => timeline.record(name, 'datachannel', e.channel.label), {
    signal,
  });
  onStates(readPeerStates(pc));
  return () => controller.abort();
}
