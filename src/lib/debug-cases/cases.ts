// The six diagnosis cases of the `debug-cases` lab: what the user reported, the diagnoses and
// fixes a learner chooses from (each with why it is right or wrong), and the chapter section that
// teaches it. The evidence itself is captured from a browser (tests/fixtures/debug-cases/).
import { caseTitle, type DebugCaseId } from './case-list';

export type { DebugCaseId } from './case-list';

/** One answer a learner can pick, with the reasoning shown once it is picked. */
export interface DebugChoice {
  id: string;
  text: string;
  why: string;
}

/** A question with its choices and the id of the right one. */
export interface DebugQuestion {
  choices: readonly DebugChoice[];
  answer: string;
}

/** A case: the report, two questions (diagnosis, then fix) and the section that teaches it. */
export interface DebugCase {
  id: DebugCaseId;
  title: string;
  /** What the user or the support ticket said. */
  report: string;
  diagnosis: DebugQuestion;
  fix: DebugQuestion;
  /** The heading id and title of the chapter 13 section about this failure. */
  section: { id: string; title: string };
}

const NO_TURN = {
  id: 'no-turn',
  text: 'No TURN server is configured, and no direct path exists between the two networks',
};
const STUN_DOWN = { id: 'stun-unreachable', text: 'The STUN server cannot be reached' };
const FINGERPRINT = {
  id: 'fingerprint',
  text: 'Something between the peers changed the offer’s a=fingerprint',
};
const DIRECTION = {
  id: 'direction',
  text: 'The negotiated direction lets video flow one way only',
};
const EXPIRED = { id: 'expired', text: 'The TURN credentials had expired' };
const KEY_FRAME = {
  id: 'key-frame',
  text: 'The receiver lost a frame and no key frame reaches it',
};
const BANDWIDTH = { id: 'bandwidth', text: 'The network is too slow for video' };

/** The cases in the order the chapter treats them. */
export const DEBUG_CASES: readonly DebugCase[] = [
  {
    id: 'no-relay',
    title: caseTitle('no-relay'),
    report:
      'Calls work every time in the office. Between two homes, the page says “connecting” for about fifteen seconds, then “failed”.',
    diagnosis: {
      answer: 'no-turn',
      choices: [
        {
          ...NO_TURN,
          why: 'Right. iceServers is empty, so each peer has only host candidates. Every pair of them was checked more than a hundred times without a single response, because a private address on one network means nothing on the other. On one LAN the same candidates connect at once.',
        },
        {
          ...FINGERPRINT,
          why: 'A fingerprint is checked by DTLS, after ICE has found a path. Here no pair ever got a response, so DTLS never started.',
        },
        {
          ...BANDWIDTH,
          why: 'A slow network still answers connectivity checks. Here not one of the requests was answered.',
        },
      ],
    },
    fix: {
      answer: 'add-turn',
      choices: [
        {
          id: 'add-turn',
          text: 'Add a TURN server (UDP, TCP and TLS on 443) to iceServers, and test it with iceTransportPolicy: “relay”',
          why: 'Right. A relay candidate gives both peers an address they can both reach. STUN alone would add srflx candidates, which cross many NATs but not all; TURN is the path that always exists.',
        },
        {
          id: 'longer-timeout',
          text: 'Wait longer before declaring the call failed',
          why: 'More checks to the same unreachable addresses get no more answers. The candidates, not the patience, are what is missing.',
        },
        {
          id: 'restart-ice',
          text: 'Call restartIce() when the state turns failed',
          why: 'A restart gathers the same host candidates again. Without a server to provide other candidates, it fails the same way.',
        },
      ],
    },
    section: {
      id: 'it-works-on-the-office-network-and-fails-from-home',
      title: 'It works on the office network and fails from home',
    },
  },
  {
    id: 'no-srflx',
    title: caseTitle('no-srflx'),
    report:
      'Our monitoring shows that one client never gathers a server-reflexive candidate, and its gathering takes forty seconds.',
    diagnosis: {
      answer: 'stun-unreachable',
      choices: [
        {
          ...STUN_DOWN,
          why: 'Right. The icecandidateerror names the STUN URL with code 701: the binding requests got no answer at all. Without an answer the browser never learns its public address, so it has no srflx candidate, and gathering ends only when the requests time out.',
        },
        {
          ...EXPIRED,
          why: 'STUN binding requests carry no credentials here, and a refusal would be a 401 answer. 701 means no answer came back.',
        },
        {
          ...NO_TURN,
          why: 'TURN would add relay candidates; srflx candidates come from STUN. The configuration names a STUN server, and that server is what failed.',
        },
      ],
    },
    fix: {
      answer: 'check-stun',
      choices: [
        {
          id: 'check-stun',
          text: 'Check the STUN URL and that the server answers on UDP from the client’s network; on networks that block UDP, rely on TURN over TCP or TLS',
          why: 'Right. A typo, a server that is down and a firewall that drops outgoing UDP all look the same from the browser: a request with no answer.',
        },
        {
          id: 'mdns',
          text: 'Turn off mDNS host candidates',
          why: 'mDNS hides host addresses; it does not stop the browser from asking STUN for its public one.',
        },
        {
          id: 'trickle',
          text: 'Disable trickle ICE so that gathering finishes before the offer is sent',
          why: 'That makes every call wait the full forty seconds for the same missing answer.',
        },
      ],
    },
    section: { id: 'no-srflx-candidate', title: 'No srflx candidate' },
  },
  {
    id: 'fingerprint-changed',
    title: caseTitle('fingerprint-changed'),
    report:
      'Since our new signaling proxy went live, every call fails a few milliseconds after ICE connects.',
    diagnosis: {
      answer: 'fingerprint',
      choices: [
        {
          ...FINGERPRINT,
          why: 'Right. A sent one fingerprint; B received another. ICE connected, then B compared the certificate A presented in the DTLS handshake with the fingerprint it had been given, found they differ, and failed the transport (dtlsState “failed”). That is DTLS doing its job: it cannot tell a rewriting proxy from an attacker.',
        },
        {
          ...NO_TURN,
          why: 'ICE did connect: the selected pair succeeded. What failed came after, in DTLS.',
        },
        {
          id: 'certificate-expired',
          text: 'A’s certificate has expired',
          why: 'WebRTC certificates are self-signed and checked only against the fingerprint in the SDP, not against a date or an authority. The two fingerprints in the evidence differ; that is the failure.',
        },
      ],
    },
    fix: {
      answer: 'carry-unmodified',
      choices: [
        {
          id: 'carry-unmodified',
          text: 'Carry descriptions unmodified, per session; never rewrite a=fingerprint',
          why: 'Right. Whatever rewrote the offer must pass it through untouched (and must not mix up two sessions’ descriptions).',
        },
        {
          id: 'new-certificate',
          text: 'Generate a new certificate for every call',
          why: 'A new certificate gets a new fingerprint, which the proxy would rewrite just the same.',
        },
        {
          id: 'disable-dtls',
          text: 'Turn off DTLS for this connection',
          why: 'Browsers do not allow it: WebRTC media and data are always encrypted, and the fingerprint is what makes that encryption trustworthy.',
        },
      ],
    },
    section: {
      id: 'it-fails-after-the-sdp-passed-through-a-proxy',
      title: 'It fails after the SDP passed through a proxy',
    },
  },
  {
    id: 'one-way-video',
    title: caseTitle('one-way-video'),
    report: 'A sees nothing from B, while B sees A fine. Both cameras are on.',
    diagnosis: {
      answer: 'direction',
      choices: [
        {
          ...DIRECTION,
          why: 'Right. B answered with a=recvonly for video: it had no camera track when it created the answer. It added the track afterwards, so its transceiver now wants sendrecv, but the negotiated direction (currentDirection) is still recvonly and nothing was renegotiated. A sends and B receives; B sends nothing.',
        },
        {
          ...BANDWIDTH,
          why: 'A slow link would show B’s video arriving badly, not B sending nothing: there is no outbound-rtp for video on B at all.',
        },
        {
          ...KEY_FRAME,
          why: 'A missing key frame leaves packets arriving and frames undecoded. Here no packets travel from B to A in the first place.',
        },
      ],
    },
    fix: {
      answer: 'track-before-answer',
      choices: [
        {
          id: 'track-before-answer',
          text: 'Add the track before creating the answer, or renegotiate when negotiationneeded fires after adding it',
          why: 'Right. Either way the answer (or a new offer) says sendrecv, and B starts sending.',
        },
        {
          id: 'replace-track',
          text: 'Call replaceTrack() on B’s sender with the camera track',
          why: 'B’s sender already has the track. replaceTrack never renegotiates, so the direction stays recvonly.',
        },
        {
          id: 'restart-ice',
          text: 'Restart ICE',
          why: 'The transport works: video flows from A to B over it. Direction is negotiated by offer and answer, not by ICE.',
        },
      ],
    },
    section: { id: 'one-way-video', title: 'One-way video' },
  },
  {
    id: 'turn-401',
    title: caseTitle('turn-401'),
    report:
      'Users behind strict firewalls cannot connect since last week. Our TURN server is up and answers.',
    diagnosis: {
      answer: 'expired',
      choices: [
        {
          ...EXPIRED,
          why: 'Right. The server answered 401 Unauthorized, so it is reachable. The username starts with its expiry in Unix seconds, and that time was already past when the request came in: coturn no longer accepts these credentials, and the browser gets no relay candidate.',
        },
        {
          ...STUN_DOWN,
          why: 'A 401 is an answer: the server received the request and refused it. An unreachable server gives 701.',
        },
        {
          id: 'wrong-realm',
          text: 'The browser sent the wrong realm',
          why: 'The browser takes the realm from the server’s own 401 challenge; it never configures one. The username’s expiry is the problem.',
        },
      ],
    },
    fix: {
      answer: 'fresh-credentials',
      choices: [
        {
          id: 'fresh-credentials',
          text: 'Fetch fresh credentials when a call starts, with a lifetime longer than a call, and keep the servers’ clocks synchronised',
          why: 'Right. Time-limited credentials must be issued close to use; a page that caches them, or a server whose clock is ahead, turns every one into a 401.',
        },
        {
          id: 'static-password',
          text: 'Replace the shared secret with a fixed username and password in the page',
          why: 'That would work, and anyone reading the page could use your relay for anything. Time-limited credentials exist to avoid it.',
        },
        {
          id: 'udp-only',
          text: 'Offer only turn:…?transport=udp',
          why: 'The transport is not the problem; the same credentials are refused over TCP and TLS.',
        },
      ],
    },
    section: { id: 'turn-refuses', title: 'TURN refuses' },
  },
  {
    id: 'frozen-video',
    title: caseTitle('frozen-video'),
    report: 'The picture froze after a few seconds, and stayed frozen. Audio kept working.',
    diagnosis: {
      answer: 'key-frame',
      choices: [
        {
          ...KEY_FRAME,
          why: 'Right. Packets keep arriving, so ICE, DTLS and the direction are fine. framesDecoded stopped because a frame was lost and every later frame depends on it; the receiver keeps asking for a key frame (pliCount rises) and keyFramesDecoded never moves: the request is not answered.',
        },
        {
          ...BANDWIDTH,
          why: 'Packets and bytes keep arriving at the same rate; the decoder, not the network, has stopped.',
        },
        {
          ...DIRECTION,
          why: 'Video did flow from A to B, and still does: packetsReceived rises in every snapshot.',
        },
      ],
    },
    fix: {
      answer: 'forward-pli',
      choices: [
        {
          id: 'forward-pli',
          text: 'Keep PLI and NACK negotiated, and make sure every server in the path forwards key-frame requests (with end-to-end encryption, send a key frame after each new key)',
          why: 'Right. One key frame repairs the picture; whatever stops requests or key frames from getting through is the fault to fix.',
        },
        {
          id: 'lower-bitrate',
          text: 'Lower the bitrate',
          why: 'Fewer bits per frame do not make a frame decodable when its reference is missing.',
        },
        {
          id: 'restart-ice',
          text: 'Restart ICE',
          why: 'The path works. A restart may happen to trigger a key frame, but the next loss freezes the picture again.',
        },
      ],
    },
    section: { id: 'ice-connected-video-frozen', title: 'ICE connected, video frozen' },
  },
];

/** The case with this id, or undefined. */
export function findDebugCase(id: string): DebugCase | undefined {
  return DEBUG_CASES.find((c) => c.id === id);
}
