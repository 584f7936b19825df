// Attributes of ICE (RFC 8839, RFC 8840) and of the DTLS handshake (RFC 8122, RFC 4145, RFC 8842).
import type { SdpRule } from '../rule-types';
import { readCandidate } from './candidate-fields';
import { checkFingerprint, checkIceChars, checkSetup } from './value-checks';

const SETUP: Readonly<Record<string, string>> = {
  actpass:
    'actpass: "either role suits me". An offer must say this (RFC 8842 §5); the answerer then picks.',
  active:
    'active: this side will be the DTLS client and send the ClientHello. Browsers answer active.',
  passive: 'passive: this side will be the DTLS server and wait for the ClientHello.',
  holdconn: 'holdconn: do not connect yet; not allowed with DTLS in WebRTC (RFC 8842 §5).',
};

/** ICE and DTLS attributes. */
export const ICE_DTLS_RULES = [
  {
    kind: 'attribute',
    key: 'ice-ufrag',
    title: 'ICE username fragment',
    grammar: '<ufrag>',
    scope: 'both',
    rfc: 'RFC 8839 §5.4',
    fields: [
      {
        name: 'ufrag',
        meaning: (v) =>
          `${v}: ${v.length} characters (4 to 256 allowed). Put together with the other side's as "theirs:mine" in the USERNAME of every STUN connectivity check.`,
      },
    ],
    check: checkIceChars('ufrag', 4),
    example: 'a=ice-ufrag:LU8H',
    summary: 'The ICE username fragment for this transport.',
    explanation:
      'With ice-pwd it authenticates ICE connectivity checks: a check is accepted only if it carries the right ufrag pair and a MESSAGE-INTEGRITY computed with the password. A new ufrag and password in a new offer mean an ICE restart (RFC 8839 §4.4.1.1.1). Chromium uses 4 characters, Firefox 8 hex digits.',
  },
  {
    kind: 'attribute',
    key: 'ice-pwd',
    title: 'ICE password',
    grammar: '<password>',
    scope: 'both',
    rfc: 'RFC 8839 §5.4',
    fields: [
      {
        name: 'password',
        meaning: (v) =>
          `${v.length} characters (22 to 256 allowed): the key for the HMAC in MESSAGE-INTEGRITY of checks sent to this side.`,
      },
    ],
    check: checkIceChars('password', 22),
    example: 'a=ice-pwd:73DH01nbqRWEI/MFIXjUJ+wm',
    summary: 'The ICE password for this transport.',
    explanation:
      'The other side signs the STUN checks it sends here with this password (RFC 8489 §14.5), proving it saw this description. It travels in the clear inside the SDP, which is why signaling must be protected. Changes only on an ICE restart.',
  },
  {
    kind: 'attribute',
    key: 'ice-options',
    title: 'ICE options',
    grammar: '<options...>',
    scope: 'both',
    rfc: 'RFC 8839 §5.6',
    fields: [
      {
        name: 'options',
        list: true,
        meaning: (v) =>
          ({
            trickle:
              'trickle: candidates may arrive after the description, one by one (RFC 8838, RFC 8840).',
            ice2: 'ice2: the agent implements RFC 8445 rather than RFC 5245 (RFC 8445 §10).',
            renomination:
              'renomination: the controlling agent may nominate a new pair later (draft-thatcher-ice-renomination).',
          })[v] ?? `ICE option "${v}".`,
      },
    ],
    example: 'a=ice-options:trickle',
    summary: 'The ICE extensions this agent supports.',
    explanation:
      'A space-separated list of option tags. Browsers always send "trickle"; Chromium puts it in each media section, Firefox once at session level.',
  },
  {
    kind: 'attribute',
    key: 'ice-lite',
    title: 'ICE lite',
    grammar: '',
    scope: 'session',
    rfc: 'RFC 8839 §5.3',
    fields: [],
    example: 'a=ice-lite',
    summary: 'This agent is a lite ICE implementation: it only answers checks.',
    explanation:
      'Servers with a public address (many SFUs) implement only the responding half of ICE. The browser then always takes the controlling role. Browsers never send it.',
  },
  {
    kind: 'attribute',
    key: 'candidate',
    title: 'ICE candidate',
    grammar:
      '<foundation> <component> <transport> <priority> <address> <port> typ <type>[ <extensions...>]',
    scope: 'media',
    rfc: 'RFC 8839 §5.1',
    fields: [],
    read: readCandidate,
    example:
      'a=candidate:3150197473 1 udp 2113937151 c669abe0-3658-47d5-abd0-c0f91fe95275.local 51109 typ host generation 0 network-cost 999',
    summary: 'One transport address where this side may receive media, found by ICE gathering.',
    explanation:
      'Each candidate is an address and port to try. The receiving agent pairs it with its own candidates and sends STUN checks on every pair, best priority first. The browser adds each candidate it gathers to localDescription, so a description read after gathering lists them all; only a first offer or answer, as createOffer() or createAnswer() returns it, has none. With trickle the application also sends each candidate on its own, to addIceCandidate() on the other side. Chromium appends generation, network-id and network-cost; Firefox writes UDP and TCP in capitals.',
  },
  {
    kind: 'attribute',
    key: 'end-of-candidates',
    title: 'End of candidates',
    grammar: '',
    scope: 'both',
    rfc: 'RFC 8840',
    fields: [],
    example: 'a=end-of-candidates',
    summary: 'No more candidates will follow for this section.',
    explanation:
      'Trickle ICE has no natural end, so this flag tells the other side that gathering finished and it can give up on pairs that cannot succeed. Firefox writes it once gathering completes; Chromium signals the end with a null icecandidate event instead.',
  },
  {
    kind: 'attribute',
    key: 'fingerprint',
    title: 'Certificate fingerprint',
    grammar: '<hash function> <fingerprint>',
    scope: 'both',
    rfc: 'RFC 8122 §5',
    fields: [
      {
        name: 'hash function',
        meaning: (v) =>
          v === 'sha-256'
            ? 'sha-256: what current browsers use.'
            : v === 'sha-1'
              ? 'sha-1: obsolete and weak; browsers no longer send it.'
              : `Hash function ${v}.`,
      },
      {
        name: 'fingerprint',
        meaning: (v) =>
          `${v.split(':').length} bytes in hex: the hash of the DER encoding of this side's self-signed DTLS certificate.`,
      },
    ],
    check: checkFingerprint,
    example:
      'a=fingerprint:sha-256 4C:FF:57:23:92:CA:A2:1E:C4:16:FE:E8:8A:B8:36:44:27:33:52:EC:2E:77:E1:5B:D1:A2:54:3F:E6:76:57:74',
    summary: 'The hash of the certificate this side will present in the DTLS handshake.',
    explanation:
      'The certificates are self-signed, so nothing vouches for them except this line: after the handshake each side hashes the certificate it received and compares it with the fingerprint from the SDP (RFC 8122 §5, RFC 8827). It binds the encrypted media to whoever sent the description. Chromium repeats it in every media section, Firefox writes it once at session level.',
  },
  {
    kind: 'attribute',
    key: 'setup',
    title: 'DTLS role',
    grammar: '<role>',
    scope: 'both',
    rfc: 'RFC 4145 §4; RFC 8842 §5',
    fields: [{ name: 'role', meaning: (v) => SETUP[v] ?? `Unknown role "${v}".` }],
    check: checkSetup,
    example: 'a=setup:actpass',
    summary: 'Which side starts the DTLS handshake.',
    explanation:
      'Borrowed from TCP-in-SDP (RFC 4145) to decide who is the DTLS client. The offerer says actpass; the answerer chooses active (it will send the ClientHello) or passive. Both browsers answer active, so the offerer ends up the DTLS server. The DTLS client uses even SCTP stream ids for its data channels.',
  },
] as const satisfies readonly SdpRule[];
