/**
 * Every RTCPeerConnection the site opens goes through here, so that labs can close all of theirs
 * and tests can check that none is left open. Chromium refuses a 501st connection in one page
 * (closed ones included), which is why leaks matter.
 */
const tracked = new Set<RTCPeerConnection>();
/** Connections created in this page since it loaded, closed ones included. */
let created = 0;

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

/**
 * Opens a connection and tracks it until it is closed. When the browser refuses one more
 * connection in this page (Chromium's "Cannot create so many PeerConnections"), the error says
 * how many the page has made and that a reload starts the count again.
 */
export function createPeerConnection(config: RTCConfiguration = {}): RTCPeerConnection {
  let pc: RTCPeerConnection;
  try {
    pc = new RTCPeerConnection(config);
  } catch (error) {
    throw tooManyExplained(error);
  }
  created += 1;
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

/** The browser's refusal of a new connection, explained when it is the per-page limit. */
function tooManyExplained(error: unknown): unknown {
  if (!(error instanceof Error) || !/so many/i.test(error.message)) return error;
  const explained = new Error(
    `${error.message} This page has opened ${created} connections since it loaded, and the ` +
      'browser counts closed ones too (Chromium stops at 500 per page). Reload the page to ' +
      'start the count again.',
  );
  explained.name = error.name;
  return explained;
}
