// What the readiness check reports, as plain data: the API table, the codec names a browser
// lists, and what its host candidate says about mDNS (draft-ietf-mmusic-mdns-ice-candidates).
import { classifyCandidateAddress } from '~/lib/ice/candidate-address';
import type { WebRtcSupport } from '~/rtc/support';

/** The API each support flag stands for, as the learner would write it. */
export const API_NAMES: Readonly<Record<keyof WebRtcSupport, string>> = {
  peerConnection: 'RTCPeerConnection',
  dataChannel: 'RTCDataChannel',
  getUserMedia: 'navigator.mediaDevices.getUserMedia',
  senderCapabilities: 'RTCRtpSender.getCapabilities',
  setCodecPreferences: 'RTCRtpTransceiver.setCodecPreferences',
  getStats: 'RTCPeerConnection.getStats',
  encodedTransforms: 'RTCRtpScriptTransform (encoded transforms)',
};

/** One row of the API table: the API's name and whether this browser has it. */
export interface ApiRow {
  name: string;
  present: boolean;
}

/** The API table's rows, in the order of `API_NAMES`. */
export function apiRows(support: WebRtcSupport): ApiRow[] {
  return (Object.keys(API_NAMES) as (keyof WebRtcSupport)[]).map((key) => ({
    name: API_NAMES[key],
    present: support[key],
  }));
}

/**
 * The codec names of a capabilities list (`video/VP8` → `VP8`), each once, in the browser's
 * order: a codec listed with several profiles or clock rates is still one codec to a learner.
 */
export function codecNames(codecs: readonly { mimeType: string }[]): string[] {
  return [...new Set(codecs.map((c) => c.mimeType.replace(/^(audio|video)\//i, '')))];
}

/**
 * Whether a host candidate's address hides the real one behind an mDNS `.local` name; null while
 * no candidate is known, false when none was gathered ('').
 */
export function hidesHostAddress(address: string | null): boolean | null {
  if (address === null) return null;
  return address !== '' && classifyCandidateAddress(address) === 'mdns';
}

/** What the finished check says about host addresses, for the live region. */
export function describeHostAddress(address: string): string {
  if (address === '') return 'no host candidate was gathered';
  return hidesHostAddress(address)
    ? 'host addresses are hidden behind mDNS names'
    : 'host addresses are visible';
}
