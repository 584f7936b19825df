/** Which parts of the WebRTC API this browser has. */
export interface WebRtcSupport {
  peerConnection: boolean;
  dataChannel: boolean;
  getUserMedia: boolean;
  senderCapabilities: boolean;
  setCodecPreferences: boolean;
  getStats: boolean;
  encodedTransforms: boolean;
}

/** Looks for each API without calling it (no permission prompt, no connection). */
export function detectWebRtcSupport(): WebRtcSupport {
  const g = globalThis as Record<string, unknown>;
  const pc = typeof g['RTCPeerConnection'] === 'function';
  return {
    peerConnection: pc,
    dataChannel: typeof g['RTCDataChannel'] === 'function',
    getUserMedia: typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia,
    senderCapabilities:
      typeof g['RTCRtpSender'] === 'function' && 'getCapabilities' in RTCRtpSender,
    setCodecPreferences:
      typeof g['RTCRtpTransceiver'] === 'function' &&
      'setCodecPreferences' in RTCRtpTransceiver.prototype,
    getStats: pc && 'getStats' in RTCPeerConnection.prototype,
    encodedTransforms: typeof g['RTCRtpScriptTransform'] === 'function',
  };
}

/** The explanation a lab shows instead of its widget when the browser has no RTCPeerConnection. */
export const NO_WEBRTC_MESSAGE =
  'This browser does not offer RTCPeerConnection, so the lab cannot open a connection. ' +
  'WebRTC may be switched off (by a privacy setting, an extension or an enterprise policy), ' +
  'or the browser may be too old. Current Chrome, Edge, Firefox and Safari all support it.';
