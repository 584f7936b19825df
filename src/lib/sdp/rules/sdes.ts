// SDES: SRTP keys written into the SDP itself (RFC 4568), what SIP phones and PBXs use and what
// WebRTC forbids (RFC 8827 requires DTLS-SRTP).
import type { SdpRule } from '../rule-types';

const SUITES: Readonly<Record<string, string>> = {
  AES_CM_128_HMAC_SHA1_80:
    'AES-128 in counter mode, 80-bit HMAC-SHA1 tag (RFC 4568, the suite every SDES endpoint has).',
  AES_CM_128_HMAC_SHA1_32:
    'AES-128 in counter mode, 32-bit HMAC-SHA1 tag: shorter tags for low-rate audio.',
  AES_256_CM_HMAC_SHA1_80: 'AES-256 in counter mode, 80-bit tag (RFC 6188).',
  AES_256_CM_HMAC_SHA1_32: 'AES-256 in counter mode, 32-bit tag (RFC 6188).',
  AEAD_AES_128_GCM: 'AES-128 in GCM mode (RFC 7714).',
  AEAD_AES_256_GCM: 'AES-256 in GCM mode (RFC 7714).',
  F8_128_HMAC_SHA1_80: 'AES-128 in f8 mode (a 3GPP mode), 80-bit tag.',
};

function explainKey(value: string): string {
  const [method = '', rest = ''] = value.split(/:(.*)/s);
  if (method !== 'inline') return `Key method "${method}": RFC 4568 defines only "inline".`;
  const [key = '', ...extras] = rest.split('|');
  const lifetime = extras.find((e) => !e.includes(':'));
  const mki = extras.find((e) => e.includes(':'));
  return [
    `The SRTP master key and salt in base64 (${key.length} characters), in clear text: whoever reads this description can decrypt the media.`,
    lifetime ? `Key lifetime ${lifetime} packets.` : '',
    mki ? `Master key identifier ${mki} (value:length in bytes).` : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
}

/** The a=crypto rule. */
export const SDES_RULES = [
  {
    kind: 'attribute',
    key: 'crypto',
    title: 'SDES crypto (keys in the SDP)',
    grammar: '<tag> <crypto suite> <key params>[ <session params...>]',
    scope: 'media',
    rfc: 'RFC 4568',
    fields: [
      {
        name: 'tag',
        meaning: (v: string) =>
          `Tag ${v}: the answer names the one line it accepts by this number.`,
      },
      { name: 'crypto suite', meaning: (v: string) => SUITES[v] ?? `Crypto suite "${v}".` },
      { name: 'key params', meaning: explainKey },
      {
        name: 'session params',
        meaning: 'Optional SRTP parameters (UNENCRYPTED_SRTP, KDR=, WSH=...).',
      },
    ],
    example:
      'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:4',
    summary:
      'SDES: an SRTP master key written into the description in clear text. WebRTC forbids it.',
    explanation:
      'SIP phones and PBXs (Asterisk, FreeSWITCH, pjsip) key SRTP this way: each side puts its own key in the SDP and the other uses it to decrypt. The key is then only as secret as the signaling: every proxy, SBC and log on the path reads it, and nothing proves who wrote it. WebRTC replaced it with DTLS-SRTP (RFC 5764): the keys come from a DTLS handshake on the media path, and a=fingerprint in the SDP only binds that handshake to the signaling, so a copy of the SDP reveals no key. RFC 8827 requires DTLS-SRTP and forbids SDES in browsers. What the browsers do (checked in Chromium 156 and Firefox 153): a description with a=crypto and no a=fingerprint is refused (Chromium: "Called with SDP without DTLS fingerprint"; Firefox: "Invalid description, no fingerprint attribute"); beside an a=fingerprint the a=crypto line is ignored and left out of the answer. A gateway (Asterisk with WebRTC enabled, rtpengine, Janus) terminates SDES on the SIP side and DTLS-SRTP on the browser side.',
  },
] as const satisfies readonly SdpRule[];
