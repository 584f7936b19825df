// Attributes of SIP and IMS telephony seen in PBX and VoLTE descriptions: QoS preconditions
// (RFC 3312), silence suppression (RFC 3108) and MRCPv2 speech resources (RFC 6787).
import type { SdpRule } from '../rule-types';
import { BROWSERS_IGNORE } from './browser-handling';

const PRECONDITION =
  'Preconditions let a SIP call wait for network resources (a reserved QoS bearer in VoLTE) before the phone rings: a=des says what each side requires and a=curr what is in place now (a=conf asks the other side to confirm). WebRTC has no resource reservation.';

const STATUS = (v: string) =>
  ({
    local: 'local: this side’s own access network.',
    remote: 'remote: the other side’s access network.',
    e2e: 'e2e: end to end.',
  })[v] ?? `Status type "${v}".`;
const DIRECTION = (v: string) =>
  ({
    none: 'none: no resources yet.',
    send: 'send: reserved for sending.',
    recv: 'recv: reserved for receiving.',
    sendrecv: 'sendrecv: reserved both ways.',
  })[v] ?? `Direction "${v}".`;
const TYPE = (v: string) =>
  v === 'qos' ? 'qos: quality-of-service resources.' : `Precondition type "${v}".`;

const precondition = <K extends string>(key: K, title: string, summary: string, example: string) =>
  ({
    kind: 'attribute',
    key,
    title,
    grammar: '<precondition type> <status type> <direction>',
    scope: 'media',
    rfc: 'RFC 3312',
    fields: [
      { name: 'precondition type', meaning: TYPE },
      { name: 'status type', meaning: STATUS },
      { name: 'direction', meaning: DIRECTION },
    ],
    example,
    summary,
    explanation: `${PRECONDITION} ${BROWSERS_IGNORE}`,
  }) as const satisfies SdpRule;

/** Telephony attributes. */
export const TELEPHONY_RULES = [
  precondition(
    'curr',
    'Precondition: current status',
    'The resources currently reserved for this stream.',
    'a=curr:qos local none',
  ),
  {
    ...precondition(
      'des',
      'Precondition: desired status',
      'The resources this side requires before the call may proceed.',
      'a=des:qos mandatory local sendrecv',
    ),
    grammar: '<precondition type> <strength> <status type> <direction>',
    fields: [
      { name: 'precondition type', meaning: TYPE },
      {
        name: 'strength',
        meaning: (v: string) =>
          ({
            mandatory: 'mandatory: the call must not proceed without it.',
            optional: 'optional: try, but proceed anyway.',
            none: 'none: not required.',
            failure: 'failure: it could not be met.',
            unknown: 'unknown.',
          })[v] ?? `Strength "${v}".`,
      },
      { name: 'status type', meaning: STATUS },
      { name: 'direction', meaning: DIRECTION },
    ],
  },
  {
    kind: 'attribute',
    key: 'silenceSupp',
    title: 'Silence suppression',
    grammar: '<silence suppression...>',
    scope: 'media',
    rfc: 'RFC 3108',
    fields: [
      {
        name: 'silence suppression',
        meaning: (v: string) =>
          v.startsWith('off')
            ? 'off: keep sending packets during silence ("-" leaves the timer and comfort-noise settings unspecified).'
            : 'on: stop sending during silence; the other values set the timer, comfort-noise preference and noise type.',
      },
    ],
    example: 'a=silenceSupp:off - - - -',
    summary: 'Whether the sender stops sending audio during silence.',
    explanation: `Defined for ATM and voice gateways and still written by Asterisk. WebRTC expresses the same choice per codec: usedtx=1 in Opus's a=fmtp, or comfort noise (CN) payload types. ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'resource',
    title: 'MRCPv2 resource',
    grammar: '<resource>',
    scope: 'media',
    rfc: 'RFC 6787',
    fields: [
      {
        name: 'resource',
        meaning: (v: string) =>
          ({
            speechsynth: 'speechsynth: a text-to-speech engine.',
            speechrecog: 'speechrecog: a speech recogniser.',
            recorder: 'recorder: an audio recorder.',
            speakverify: 'speakverify: speaker verification.',
          })[v] ?? `MRCPv2 resource "${v}".`,
      },
    ],
    example: 'a=resource:speechsynth',
    summary: 'The speech resource an MRCPv2 control channel asks for.',
    explanation: `Voice portals use MRCPv2 to drive speech engines: an m=application TCP/MRCPv2 control channel per resource, tied by a=cmid to the audio stream the engine listens to or speaks into. ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'cmid',
    title: 'MRCPv2 media stream',
    grammar: '<media id>',
    scope: 'media',
    rfc: 'RFC 6787',
    fields: [
      {
        name: 'media id',
        meaning: (v: string) =>
          `The audio section with a=mid:${v}: the stream this MRCPv2 resource works on.`,
      },
    ],
    example: 'a=cmid:1',
    summary: 'Ties an MRCPv2 control channel to the audio section (by its a=mid) it controls.',
    explanation: `See a=resource. ${BROWSERS_IGNORE}`,
  },
] as const satisfies readonly SdpRule[];
