/** Every lab on the site, in course order: the ids a published chapter's `labs` may name. */
export const LAB_IDS = [
  'readiness',
  'hello-loopback',
  'lifecycle-stepper',
  'nat-simulator',
  'stun-workbench',
  'turn-relay',
  'ice-explorer',
  'sdp-explain',
  'sdp-live',
  'sdp-diff',
  'sdp-munge',
  'transport-inspector',
  'datachannel-modes',
  'media-lab',
  'signaling-lab',
  'two-windows',
  'mesh-lab',
  'topology-calculator',
  'turn-credentials',
  'debug-cases',
] as const;

/** A lab's id: `data-lab`, the `?lab=` preset key, and a chapter's `labs` entry. */
export type LabId = (typeof LAB_IDS)[number];

/** Labs that planned chapters name and that do not exist yet. */
export const PLANNED_LAB_IDS = [] as const;

/** A URL preset an instructor can link to: the query parameters and what they do. */
export interface LabPreset {
  params: Record<string, string>;
  does: string;
}

/** What the instructor guide, the lab frame and the tests know about a lab. */
export interface LabInfo {
  id: LabId;
  title: string;
  /** What a student sees and learns in it, in one sentence. */
  shows: string;
  /** Whether it needs RTCPeerConnection (without it, the frame explains instead of running). */
  needsWebRtc: boolean;
  presets: LabPreset[];
}

/** Whether `value` is the id of a lab that exists. */
export function isLabId(value: string): value is LabId {
  return (LAB_IDS as readonly string[]).includes(value);
}

/**
 * Each lab's title and whether it needs RTCPeerConnection: the part of the catalog the lab frame
 * loads with every lab (the rest, descriptions and presets, serves the instructor guide).
 */
export const LAB_HEADS = {
  readiness: { title: 'Is this browser ready?', needsWebRtc: true },
  'hello-loopback': { title: 'Say hello over a real connection', needsWebRtc: true },
  'lifecycle-stepper': { title: 'Step through offer and answer', needsWebRtc: true },
  'nat-simulator': { title: 'NAT simulator: can these two peers connect?', needsWebRtc: false },
  'stun-workbench': { title: 'STUN workbench', needsWebRtc: false },
  'ice-explorer': { title: 'Explore ICE on a real connection', needsWebRtc: true },
  'sdp-explain': { title: 'Explain an SDP', needsWebRtc: false },
  'sdp-live': { title: 'Your browser’s own offer and answer, line by line', needsWebRtc: true },
  'sdp-diff': { title: 'What the answer decided', needsWebRtc: true },
  'sdp-munge': { title: 'Edit the offer before it is applied', needsWebRtc: true },
  'turn-relay': { title: 'Relay a connection through TURN', needsWebRtc: true },
  'transport-inspector': {
    title: 'Inspect the DTLS handshake and its fingerprint',
    needsWebRtc: true,
  },
  'datachannel-modes': { title: 'Data channel modes, limits and throughput', needsWebRtc: true },
  'media-lab': { title: 'Video and audio over a real connection', needsWebRtc: true },
  'signaling-lab': { title: 'Carry the signaling', needsWebRtc: true },
  'turn-credentials': { title: 'Time-limited TURN credentials', needsWebRtc: true },
  'mesh-lab': { title: 'A real mesh of N peers, measured', needsWebRtc: true },
  'topology-calculator': { title: 'Mesh, SFU or MCU: what a call costs', needsWebRtc: false },
  'two-windows': { title: 'Two windows, one connection', needsWebRtc: true },
  'debug-cases': { title: 'Diagnose a failed call from its evidence', needsWebRtc: false },
} as const satisfies Record<LabId, Pick<LabInfo, 'title' | 'needsWebRtc'>>;

/** Every lab on the site, by id. A chapter's `labs` frontmatter names ids from here. */
export const LAB_CATALOG: Readonly<Record<LabId, LabInfo>> = {
  readiness: {
    id: 'readiness',
    ...LAB_HEADS['readiness'],
    shows: 'which WebRTC APIs and codecs the browser has, and whether mDNS hides host addresses',
    presets: [{ params: { run: '1' }, does: 'runs the check as soon as the lab is on screen' }],
  },
  'hello-loopback': {
    id: 'hello-loopback',
    ...LAB_HEADS['hello-loopback'],
    shows: 'a data channel between two peers in one tab, with the time it took to open',
    presets: [
      { params: { run: '1' }, does: 'connects and sends at once' },
      { params: { text: 'Bonjour', run: '1' }, does: 'sends your own text (here “Bonjour”)' },
    ],
  },
  'lifecycle-stepper': {
    id: 'lifecycle-stepper',
    ...LAB_HEADS['lifecycle-stepper'],
    shows: 'every offer/answer step with both peers’ state machines, and the browser’s refusals',
    presets: [
      { params: { free: '1' }, does: 'starts with out-of-order steps allowed, to provoke errors' },
      { params: { run: '1' }, does: 'runs every step in order at once' },
    ],
  },
  'nat-simulator': {
    id: 'nat-simulator',
    ...LAB_HEADS['nat-simulator'],
    shows:
      'a simulated run, packet by packet, of two peers behind NATs whose RFC 4787 mapping and filtering the student picks, with the outcome (direct, peer-reflexive or relay) and the 9x9 matrix of every pair',
    presets: [
      {
        params: { a: 'eim/apdf', b: 'apdm/apdf', run: '1' },
        does: 'port-restricted cone against symmetric: the pair that needs a relay',
      },
      {
        params: { a: 'eim/eif', b: 'apdm/apdf', run: '1' },
        does: 'full cone against symmetric: direct through a peer-reflexive candidate',
      },
      {
        params: { a: 'eim/apdf', b: 'eim/apdf', run: '1', step: '15' },
        does: 'two port-restricted cones, opened at the first dropped check (hole punching)',
      },
      {
        params: { a: 'eim/apdf', b: 'eim/apdf', fwA: '0', fwB: '0', run: '1' },
        does: 'the same pair behind routers without drop rules: a port clash sends it to the relay',
      },
    ],
  },
  'stun-workbench': {
    id: 'stun-workbench',
    ...LAB_HEADS['stun-workbench'],
    shows:
      'a Binding request byte by byte, any pasted STUN message decoded (XOR address arithmetic, integrity, fingerprint), and, opt-in, what a real STUN server learns',
    presets: [
      {
        params: { example: '2.2', run: '1' },
        does: 'decodes the RFC 5769 IPv4 Binding success response',
      },
      {
        params: { example: '2.3', run: '1' },
        does: 'decodes the RFC 5769 IPv6 response (XOR with the transaction ID)',
      },
      {
        params: { example: '2.2', password: 'wrong', run: '1' },
        does: 'shows MESSAGE-INTEGRITY failing with a wrong password',
      },
      {
        params: { hex: '0001000021', run: '1' },
        does: 'decodes a truncated message, to read the error and its byte offset',
      },
    ],
  },
  'ice-explorer': {
    id: 'ice-explorer',
    ...LAB_HEADS['ice-explorer'],
    shows:
      'candidates trickling in with their priorities decoded, the checked pairs and the selected one from getStats, trickle against non-trickle set-up times, and an ICE restart under an open data channel',
    presets: [
      { params: { run: '1' }, does: 'gathers and connects at once, with no server' },
      {
        params: { peer: 'B', run: '1' },
        does: 'connects and shows the pairs seen by the answerer (the controlled agent)',
      },
      {
        params: { servers: 'stun:127.0.0.1:9' },
        does: 'fills in an unreachable STUN server, so that comparing shows gathering waiting for it',
      },
    ],
  },
  'sdp-explain': {
    id: 'sdp-explain',
    ...LAB_HEADS['sdp-explain'],
    shows:
      'any pasted offer or answer taken apart line by line: fields, RFC sections and problems found',
    presets: [
      {
        params: { sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n' },
        does: 'fills the box with the SDP given in the link',
      },
      {
        params: { sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n', run: '1' },
        does: 'fills the box and explains it at once',
      },
    ],
  },
  'sdp-live': {
    id: 'sdp-live',
    ...LAB_HEADS['sdp-live'],
    shows:
      'the offer and answer of a real loopback pair (data only, audio+video+data, simulcast, receive-only), every line annotated with its fields and RFC section',
    presets: [
      { params: { run: '1' }, does: 'negotiates a data-channel-only pair at once' },
      {
        params: { scenario: 'av-data', run: '1' },
        does: 'negotiates audio, video (synthetic source) and data',
      },
      {
        params: { scenario: 'simulcast', run: '1' },
        does: 'negotiates simulcast video with rids q, h and f, to read a=rid and a=simulcast',
      },
    ],
  },
  'sdp-diff': {
    id: 'sdp-diff',
    ...LAB_HEADS['sdp-diff'],
    shows:
      'a real offer and answer compared section by section: codecs kept, directions, DTLS roles from a=setup, rejected sections, BUNDLE, data channel limits, and what an ICE restart changes',
    presets: [
      { params: { run: '1' }, does: 'negotiates a data channel and explains the outcome' },
      {
        params: { scenario: 'reject-video', run: '1' },
        does: 'shows an answer that rejects the video section with port 0',
      },
      {
        params: { scenario: 'recvonly', run: '1' },
        does: 'shows receive-only offers answered inactive',
      },
    ],
  },
  'sdp-munge': {
    id: 'sdp-munge',
    ...LAB_HEADS['sdp-munge'],
    shows:
      'what the browser accepts or refuses when an offer is edited (codec removed, unknown attribute, fingerprint removed or changed, malformed line), on the local and the remote side, with the browser’s own error explained',
    presets: [
      {
        params: { edit: 'unknown-attribute', run: '1' },
        does: 'adds an unknown attribute and applies it: accepted on both sides',
      },
      {
        params: { edit: 'break-fingerprint', run: '1' },
        does: 'removes the fingerprint and applies it: refused on both sides',
      },
      {
        params: { edit: 'change-fingerprint', run: '1' },
        does: 'changes the fingerprint: refused locally, accepted remotely',
      },
    ],
  },
  'turn-relay': {
    id: 'turn-relay',
    ...LAB_HEADS['turn-relay'],
    shows:
      'a relay-only connection through a TURN server (by default the local coturn of `npm run turn`): relay candidates, the selected pair, the bytes relayed, and each failure (wrong password, wrong port, server down) explained from icecandidateerror',
    presets: [
      {
        params: { run: '1' },
        does: 'connects through the development server of `npm run turn` at once',
      },
      {
        params: { credential: 'wrong', run: '1' },
        does: 'uses a wrong password: the server answers 401',
      },
      {
        params: { url: 'turn:127.0.0.1:3999?transport=udp', run: '1' },
        does: 'asks a port where nothing listens: no answer, explained',
      },
      {
        params: { url: 'turn:127.0.0.1:3478?transport=tcp', run: '1' },
        does: 'reaches the server over TCP instead of UDP',
      },
    ],
  },
  'transport-inspector': {
    id: 'transport-inspector',
    ...LAB_HEADS['transport-inspector'],
    shows:
      'the DTLS handshake of a real pair read from getStats and the SDPs: state over time, each peer’s role derived from a=setup, DTLS version, cipher suites, ICE role and selected pair, and the remote certificate hashed with WebCrypto beside a=fingerprint and getFingerprints(); a tampered fingerprint shows what the browser does',
    presets: [
      {
        params: { run: '1' },
        does: 'connects with a data channel and inspects the handshake at once',
      },
      {
        params: { media: '1', run: '1' },
        does: 'adds synthetic audio and video, so the SRTP profile is negotiated too',
      },
      {
        params: { tamper: '1', run: '1' },
        does: 'flips one byte of the answer’s fingerprint: the handshake fails, explained',
      },
    ],
  },
  'datachannel-modes': {
    id: 'datachannel-modes',
    ...LAB_HEADS['datachannel-modes'],
    shows:
      'a data channel with the options the student picks (ordered or not, maxRetransmits, maxPacketLifeTime, negotiated id with the even/odd rule from each DTLS role), a timed transfer with back-pressure, max-message-size from the SDP and the API, and the browser’s refusals (both limits, one byte over, a full queue) explained',
    presets: [
      { params: { run: '1' }, does: 'opens a reliable, ordered channel and moves 32 MiB at once' },
      {
        params: { mode: 'unordered', maxRetransmits: '0', size: '8', run: '1' },
        does: 'moves 8 MiB on an unordered channel that never retransmits',
      },
      {
        params: { negotiated: '1', id: '6', run: '1' },
        does: 'opens a negotiated channel with id 6 and explains the id from the DTLS roles',
      },
      {
        params: { maxRetransmits: '2', maxPacketLifeTime: '500', run: '1' },
        does: 'asks for both limits: the browser refuses, explained',
      },
      { params: { size: '256' }, does: 'sets the largest transfer, 256 MiB' },
    ],
  },
  'media-lab': {
    id: 'media-lab',
    ...LAB_HEADS['media-lab'],
    shows:
      'synthetic video and a tone (or, opt-in, the camera) sent from A to B in one tab, with live charts of bitrate, frame rate, loss, NACK, PLI, round-trip time, jitter and the bandwidth estimate from getStats; codec choice by setCodecPreferences, a bitrate cap and a resolution scale by setParameters, an encoded frame inspector with a key frame request, and an optional path through a (possibly impaired) TURN relay',
    presets: [
      {
        params: { run: '1' },
        does: 'sends the synthetic source at once, with the browser’s codec',
      },
      { params: { codec: 'VP9', run: '1' }, does: 'puts VP9 first in the offer and sends with it' },
      {
        params: { maxBitrate: '300', run: '1' },
        does: 'caps the video sender at 300 kbit/s (maxBitrate), to watch the encoder adapt',
      },
      {
        params: { scale: '2', codec: 'AV1', run: '1' },
        does: 'sends AV1 at half width and height (scaleResolutionDownBy 2)',
      },
      {
        params: { relay: '1', run: '1' },
        does: 'forces the media through the local TURN server of `npm run turn` (relay only)',
      },
    ],
  },
  'signaling-lab': {
    id: 'signaling-lab',
    ...LAB_HEADS['signaling-lab'],
    shows:
      'two tabs of the chapter that find each other over BroadcastChannel and connect with perfect negotiation: polite and impolite roles, a forced glare with the polite tab’s rollback step by step, every signaling message listed with its size, and a data channel message each way; or, by hand, the learner carries the offer and the answer',
    presets: [
      {
        params: { run: '1' },
        does: 'opens the second tab and connects (if the browser allows the tab)',
      },
      {
        params: { tab: 'by-hand' },
        does: 'opens the “by hand” mode: the learner is the signaling channel',
      },
      {
        params: { tab: 'device' },
        does: 'opens the “with another device” mode (needs `npm run classroom`): a room shared by two devices',
      },
    ],
  },
  'two-windows': {
    id: 'two-windows',
    ...LAB_HEADS['two-windows'],
    shows:
      'two independent windows (iframes, no shared JavaScript), each listing the walkthrough’s steps as the code it runs with a button per step and a console; the learner carries the offer and the answer across by copy and paste, sends a message each way, and sees the browser’s own error, explained, for a step run out of order',
    presets: [
      {
        params: { run: '1' },
        does: 'runs every step in both windows, carrying each description through the boxes',
      },
    ],
  },
  'mesh-lab': {
    id: 'mesh-lab',
    ...LAB_HEADS['mesh-lab'],
    shows:
      'a full mesh of 2 to 8 peers in one tab, each sending synthetic video down its N−1 connections at a bitrate cap, with the upload per peer measured by getStats beside the formula (N−1) × cap, the open connection count and qualityLimitationReason',
    presets: [
      {
        params: { n: '4', run: '1' },
        does: 'builds a mesh of 4 peers (6 links) and measures it at once',
      },
      {
        params: { n: '8', kbps: '300', run: '1' },
        does: 'builds the largest mesh, 8 peers and 56 encoders, to show the CPU limit',
      },
    ],
  },
  'topology-calculator': {
    id: 'topology-calculator',
    ...LAB_HEADS['topology-calculator'],
    shows:
      'mesh, SFU with and without simulcast, and MCU side by side for N participants: connections, upload and download per client, server ingress and egress, with a chart over N',
    presets: [
      { params: { n: '100' }, does: 'a hundred participants: 4,950 mesh connections, not 9,900' },
      {
        params: { n: '10', kbps: '1500', run: '1' },
        does: 'the chapter’s ten-person call, with the chart',
      },
    ],
  },
  'turn-credentials': {
    id: 'turn-credentials',
    ...LAB_HEADS['turn-credentials'],
    shows:
      'TURN REST credentials computed in the page with WebCrypto (expiry, username expiry:user, the HMAC-SHA1 bytes, the base64 password), then proved on a relay-only connection through the coturn of `npm run turn -- --secret course-rest-secret`; an expired timestamp and a wrong secret are refused with 401, explained',
    presets: [
      {
        params: { run: '1' },
        does: 'computes credentials valid for an hour and connects through the relay with them',
      },
      {
        params: { lifetime: '-3600', run: '1' },
        does: 'signs an expiry one hour in the past: the server answers 401',
      },
      {
        params: { secret: 'not-the-server-secret', run: '1' },
        does: 'signs with another secret than the server’s: 401',
      },
    ],
  },
  'debug-cases': {
    id: 'debug-cases',
    ...LAB_HEADS['debug-cases'],
    shows:
      'six failed or broken calls told by evidence captured from a real browser (SDPs, candidate pairs, getStats figures, icecandidateerror events, coturn’s log): the learner picks the diagnosis, then the fix, and reads why each answer is right or wrong',
    presets: [
      {
        params: { run: '1' },
        does: 'opens the first case, “Works on the LAN, fails across networks”',
      },
      {
        params: { case: 'no-srflx' },
        does: 'opens the case “No srflx candidate” (STUN unreachable)',
      },
      {
        params: { case: 'fingerprint-changed' },
        does: 'opens the case of the SDP rewritten by a proxy',
      },
      { params: { case: 'one-way-video' }, does: 'opens the case “One-way video”' },
      {
        params: { case: 'turn-401' },
        does: 'opens the case “TURN refuses” (401, expired credentials)',
      },
      { params: { case: 'frozen-video' }, does: 'opens the case “ICE connected but video frozen”' },
    ],
  },
};
