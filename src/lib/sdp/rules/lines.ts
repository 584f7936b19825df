// Rules for the line types of RFC 8866 §5 (everything but `a=`, whose attributes have their own rules).
import type { SdpRule } from '../rule-types';
import { mediaLineRule } from './media-line';

const ADDRESS_TYPE = (v: string) =>
  v === 'IP4'
    ? 'IPv4.'
    : v === 'IP6'
      ? 'IPv6.'
      : `Address type "${v}" (RFC 8866 defines IP4 and IP6).`;
const NETWORK_TYPE = (v: string) =>
  v === 'IN' ? 'Internet.' : `Network type "${v}" (only IN, Internet, is defined).`;

/** The non-attribute line types, in the order RFC 8866 §5 requires them. */
export const LINE_RULES = [
  {
    kind: 'line',
    key: 'v',
    title: 'Protocol version',
    grammar: '<version>',
    scope: 'session',
    rfc: 'RFC 8866 §5.1',
    fields: [
      {
        name: 'version',
        meaning: (v) =>
          v === '0'
            ? 'SDP version 0, the only version there is.'
            : `Version "${v}": only 0 exists.`,
      },
    ],
    example: 'v=0',
    summary: 'The SDP version; always 0, and always the first line.',
    explanation:
      'Every session description starts with v=0. There has never been another version: RFC 8866 changed the details of SDP but kept the number. A parser that sees anything else first knows the text is not SDP.',
  },
  {
    kind: 'line',
    key: 'o',
    title: 'Origin',
    grammar:
      '<username> <session id> <session version> <network type> <address type> <unicast address>',
    scope: 'session',
    rfc: 'RFC 8866 §5.2',
    fields: [
      {
        name: 'username',
        meaning: (v) =>
          v === '-'
            ? '"-": no user name (what JSEP asks for, RFC 9429 §5.2.1).'
            : `"${v}": the originating user; Firefox writes its engine name here.`,
      },
      {
        name: 'session id',
        meaning:
          'A random number fixed for the whole session: the same in every offer and answer this peer creates (RFC 9429 §5.2.1 asks for up to 63 bits).',
      },
      {
        name: 'session version',
        meaning:
          'Goes up by one each time this peer creates a new description that changes something, so the other side can tell a new offer from a repeat. Chromium starts at 2, Firefox at 0.',
      },
      { name: 'network type', meaning: NETWORK_TYPE },
      { name: 'address type', meaning: ADDRESS_TYPE },
      {
        name: 'unicast address',
        meaning: (v) =>
          v === '127.0.0.1' || v === '0.0.0.0'
            ? `${v}: a placeholder; browsers never reveal an address here and nobody uses it (RFC 9429 §5.2.1).`
            : 'The address of the machine that created the session.',
      },
    ],
    example: 'o=- 2179736050370269586 2 IN IP4 127.0.0.1',
    summary: 'Who created the session and which version of the description this is.',
    explanation:
      'The origin line names the session: username, session id, network type, address type and address together identify it worldwide, and the session version tells a changed description from a resent one. In WebRTC only the session id and the version matter. Chromium writes "-" and 127.0.0.1; Firefox writes "mozilla...THIS_IS_SDPARTA-" with its version number, and 0.0.0.0.',
  },
  {
    kind: 'line',
    key: 's',
    title: 'Session name',
    grammar: '<session name...>',
    scope: 'session',
    rfc: 'RFC 8866 §5.3',
    fields: [
      {
        name: 'session name',
        meaning: (v) =>
          v === '-'
            ? '"-": no name; JSEP asks for exactly this (RFC 9429 §5.2.1).'
            : 'A human-readable name for the session.',
      },
    ],
    example: 's=-',
    summary: 'The session name; browsers write "-".',
    explanation:
      'SDP requires exactly one s= line with at least one character. It was meant for conference listings; WebRTC has no use for it, so JSEP fills it with a single dash.',
  },
  {
    kind: 'line',
    key: 'i',
    title: 'Session or media title',
    grammar: '<information...>',
    scope: 'both',
    rfc: 'RFC 8866 §5.4',
    fields: [
      { name: 'information', meaning: 'Free text describing the session or the media section.' },
    ],
    example: 'i=A Seminar on the session description protocol',
    summary: 'Free-text information about the session or a media section.',
    explanation:
      'An optional description for people. Browsers never write it and ignore it when they receive it.',
  },
  {
    kind: 'line',
    key: 'u',
    title: 'URI',
    grammar: '<uri...>',
    scope: 'session',
    rfc: 'RFC 8866 §5.5',
    fields: [{ name: 'uri', meaning: 'Where to find more information about the session.' }],
    example: 'u=http://www.example.com/seminars/sdp.pdf',
    summary: 'A link to more information about the session.',
    explanation:
      'An optional pointer for people, from the days of announced multicast sessions. Browsers ignore it.',
  },
  {
    kind: 'line',
    key: 'e',
    title: 'Email address',
    grammar: '<email...>',
    scope: 'session',
    rfc: 'RFC 8866 §5.6',
    fields: [{ name: 'email', meaning: 'Whom to contact about the session.' }],
    example: 'e=j.doe@example.com (Jane Doe)',
    summary: 'Contact email for the session.',
    explanation: 'Optional contact information from the multicast era. Browsers ignore it.',
  },
  {
    kind: 'line',
    key: 'p',
    title: 'Phone number',
    grammar: '<phone...>',
    scope: 'session',
    rfc: 'RFC 8866 §5.6',
    fields: [{ name: 'phone', meaning: 'Whom to call about the session.' }],
    example: 'p=+1 617 555-6011',
    summary: 'Contact phone number for the session.',
    explanation: 'Optional contact information, like e=. Browsers ignore it.',
  },
  {
    kind: 'line',
    key: 'c',
    title: 'Connection data',
    grammar: '<network type> <address type> <connection address>',
    scope: 'both',
    rfc: 'RFC 8866 §5.7',
    fields: [
      { name: 'network type', meaning: NETWORK_TYPE },
      { name: 'address type', meaning: ADDRESS_TYPE },
      {
        name: 'connection address',
        meaning: (v) =>
          v === '0.0.0.0'
            ? '0.0.0.0: a placeholder. With ICE the real addresses are in the candidates, and JSEP writes this until one is chosen (RFC 9429 §5.2.1).'
            : `${v}: the address of the default candidate, where media goes if ICE is not used.`,
      },
    ],
    example: 'c=IN IP4 0.0.0.0',
    summary: 'The address media is sent to; a placeholder when ICE finds the path.',
    explanation:
      "Before ICE, c= told the other side where to send media. With ICE it only holds the default candidate's address, and browsers write 0.0.0.0 with port 9 in the m-line until (and usually even after) candidates are gathered. An address with a /TTL suffix would be multicast, which WebRTC never uses.",
  },
  {
    kind: 'line',
    key: 'b',
    title: 'Bandwidth',
    grammar: '<bandwidth type>:<bandwidth>',
    scope: 'both',
    rfc: 'RFC 8866 §5.8',
    fields: [
      {
        name: 'bandwidth type',
        meaning: (v) =>
          ({
            AS: 'AS: application-specific maximum, in kbit/s (RFC 8866 §5.8).',
            TIAS: 'TIAS: transport-independent maximum, in bit/s (RFC 3890 §6.2).',
            CT: 'CT: conference total, in kbit/s.',
          })[v] ?? `"${v}": an experimental or unknown bandwidth modifier.`,
      },
      { name: 'bandwidth', meaning: 'The value, in the unit of its modifier.' },
    ],
    example: 'b=X-YZ:128',
    summary: 'A bandwidth limit for the session or the media section.',
    explanation:
      'b=AS (kbit/s) or b=TIAS (bit/s) in a media section asks the other side to stay under that rate. Browsers do not write it on their own; applications add it by editing the SDP, and Chromium and Firefox honour it when they receive it.',
  },
  {
    kind: 'line',
    key: 't',
    title: 'Timing',
    grammar: '<start time> <stop time>',
    scope: 'session',
    rfc: 'RFC 8866 §5.9',
    fields: [
      {
        name: 'start time',
        meaning: (v) =>
          v === '0'
            ? '0: no start time, the session is permanent.'
            : `NTP time ${v} (seconds since 1900).`,
      },
      {
        name: 'stop time',
        meaning: (v) =>
          v === '0'
            ? '0: no end time, the session is unbounded.'
            : `NTP time ${v} (seconds since 1900).`,
      },
    ],
    example: 't=0 0',
    summary: 'When the session is active; 0 0 means always.',
    explanation:
      'Start and stop times in NTP seconds, meant for scheduled broadcasts. A WebRTC session starts when it connects and ends when it closes, so JSEP always writes t=0 0.',
  },
  {
    kind: 'line',
    key: 'r',
    title: 'Repeat times',
    grammar: '<repeat interval> <active duration> <offsets...>',
    scope: 'session',
    rfc: 'RFC 8866 §5.10',
    fields: [
      { name: 'repeat interval', meaning: 'How often the session repeats.' },
      { name: 'active duration', meaning: 'How long each repetition lasts.' },
      {
        name: 'offsets',
        meaning: 'Offsets from the start time at which repetitions begin.',
        list: true,
      },
    ],
    example: 'r=604800 3600 0 90000',
    summary: 'A repeat schedule for a t= line.',
    explanation: 'Used with scheduled sessions (a weekly lecture, say). Never in WebRTC.',
  },
  {
    kind: 'line',
    key: 'z',
    title: 'Time zones',
    grammar: '<adjustments...>',
    scope: 'session',
    rfc: 'RFC 8866 §5.11',
    fields: [
      {
        name: 'adjustments',
        meaning:
          'Pairs of an adjustment time and an offset, for daylight saving changes in a repeated session.',
        list: true,
      },
    ],
    example: 'z=2882844526 -1h 2898848070 0',
    summary: 'Time zone adjustments for repeated sessions.',
    explanation: 'Shifts the schedule of r= lines across daylight saving changes. Never in WebRTC.',
  },
  {
    kind: 'line',
    key: 'k',
    title: 'Encryption key (obsolete)',
    grammar: '<method>[:<encryption key...>]',
    scope: 'both',
    rfc: 'RFC 8866 §5.12',
    fields: [
      { name: 'method', meaning: 'How the key is given.' },
      { name: 'encryption key', meaning: 'The key itself, in clear text.' },
    ],
    example: 'k=prompt',
    summary: 'An encryption key in clear text; obsolete, must not be used.',
    explanation:
      'RFC 8866 keeps k= only so old descriptions still parse, and says not to use it. WebRTC keys come from the DTLS handshake (RFC 5764), bound to the SDP by a=fingerprint.',
  },
  mediaLineRule,
] as const satisfies readonly SdpRule[];
