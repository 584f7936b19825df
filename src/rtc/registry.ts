/**
 * Every RTCPeerConnection the site opens goes through here, so that labs can close all of theirs
 * and tests can check that none is left open. Chromium refuses a 501st connection in one page
 * (closed ones included), which is why leaks matter.
 */
const tracked = new Set<RTCPeerConnection>();

declare global {
  interface Window {
    /** Read by the end-to-end tests: how many connections the page still has open. */
    webrtcCourse?: { openPeerConnections: () => number };
  }
}

/** How many connections opened through the registry are not closed yet. */
export function openPeerConnectionCount(): number {
  for (const pc of tracked) if (pc.signalingState === 'closed') tracked.delete(pc);
  return tracked.size;
}

/** Opens a connection and tracks it until it is closed. */
export function createPeerConnection(config: RTCConfiguration = {}): RTCPeerConnection {
  const pc = new RTCPeerConnection(config);
  tracked.add(pc);
  if (typeof window !== 'undefined') {
    window.webrtcCourse ??= { openPeerConnections: openPeerConnectionCount };
  }
  return pc;
}

/** Closes a connection and forgets it; closing twice is harmless. */
export function closePeerConnection(pc: RTCPeerConnection): void {
  pc.close();
  tracked.delete(pc);
}
