// Attributes of SIP video conferencing: TCP connection reuse (RFC 4145), stream labels and
// content (RFC 4574, RFC 4796), image sizes (RFC 6236) and BFCP floor control (RFC 8856).
import type { FieldMeaning, SdpRule } from '../rule-types';
import { BROWSERS_IGNORE } from './browser-handling';

const CONTENT: Readonly<Record<string, string>> = {
  main: 'main: the principal stream, such as the camera of the room.',
  slides: 'slides: a presentation or shared screen.',
  speaker: 'speaker: the current speaker.',
  sl: 'sl: sign language.',
  alt: 'alt: an alternative stream, such as another camera angle.',
};

const BFCP_ROLES: Readonly<Record<string, string>> = {
  'c-only': 'c-only: this side can only be a floor control client.',
  's-only': 's-only: this side can only be the floor control server.',
  'c-s': 'c-s: this side can be either; the answer decides.',
};

const BFCP =
  'BFCP (Binary Floor Control Protocol, RFC 8855) decides who may present: a room system asks the floor control server for the floor tied to the slides stream before sending it. The m=application line carries UDP/BFCP or TCP/BFCP, and the attributes tell the client the conference, its user id and which media stream each floor controls. WebRTC has no BFCP; a SIP gateway maps it to screen sharing. The attribute alone is ignored by browsers, but a BFCP m-line is not: Firefox refuses the whole description ("Transport protocol type unsupported (UDP/BFCP)") while Chromium accepts the description and rejects that section with port 0 in its answer (checked in Chromium 156 and Firefox 153).';

const bfcp = <K extends string>(
  key: K,
  title: string,
  summary: string,
  field: string,
  meaning: FieldMeaning,
  example: string,
) =>
  ({
    kind: 'attribute',
    key,
    title,
    grammar: `<${field}>`,
    scope: 'media',
    rfc: 'RFC 8856',
    fields: [{ name: field, meaning }],
    example,
    summary,
    explanation: BFCP,
  }) as const satisfies SdpRule;

/** Conferencing attributes. */
export const CONFERENCING_RULES = [
  {
    kind: 'attribute',
    key: 'connection',
    title: 'TCP connection reuse',
    grammar: '<connection>',
    scope: 'both',
    rfc: 'RFC 4145',
    fields: [
      {
        name: 'connection',
        meaning: (v: string) =>
          v === 'new'
            ? 'new: open a new TCP connection for this stream.'
            : v === 'existing'
              ? 'existing: keep using the TCP connection already open.'
              : `"${v}" (new or existing).`,
      },
    ],
    example: 'a=connection:new',
    summary: 'Whether this TCP media stream opens a new connection or keeps the existing one.',
    explanation: `Comes beside a=setup on TCP media (BFCP, MRCPv2, T.38 fax over TCP): a=setup says who connects, a=connection whether to reconnect. WebRTC needs neither: its one transport is ICE with DTLS, where a=setup only picks the DTLS roles (RFC 8842). ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'label',
    title: 'Media label',
    grammar: '<label...>',
    scope: 'media',
    rfc: 'RFC 4574',
    fields: [
      {
        name: 'label',
        meaning: (v: string) =>
          `"${v}": a name other documents and protocols use to point at this stream.`,
      },
    ],
    example: 'a=label:1',
    summary: 'A name for this media stream, referred to from outside the description.',
    explanation: `A conference server's floor control, a SIPREC recording's metadata or a BFCP a=floorid line names streams by label. In WebRTC the same job is done by a=mid. ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'content',
    title: 'Media content',
    grammar: '<content...>',
    scope: 'media',
    rfc: 'RFC 4796',
    fields: [
      {
        name: 'content',
        meaning: (v: string) =>
          v
            .split(',')
            .map((c) => CONTENT[c] ?? `"${c}"`)
            .join(' '),
      },
    ],
    example: 'a=content:slides',
    summary:
      'What a video stream shows: main camera, slides, speaker, sign language or alternative.',
    explanation: `Lets a room system put the presentation on its second screen. A WebRTC application says the same thing in its own signaling, or with MediaStreamTrack.contentHint on the sending side. ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'imageattr',
    title: 'Image attributes',
    grammar: '<payload type> <image attributes...>',
    scope: 'media',
    rfc: 'RFC 6236',
    fields: [
      {
        name: 'payload type',
        meaning: (v: string) =>
          v === '*' ? '"*": every payload type of the section.' : `Payload type ${v}.`,
      },
      {
        name: 'image attributes',
        meaning:
          'send and recv, each followed by the picture sizes this side can send or wants to receive: [x=width,y=height,sar=sample aspect ratio,q=preference]; ranges are [min:step:max].',
      },
    ],
    example: 'a=imageattr:97 send [x=800,y=640,sar=1.1,q=0.6] [x=480,y=320] recv [x=330,y=250]',
    summary: 'The picture sizes this side can send and wants to receive for a video payload type.',
    explanation: `Used by 3GPP video telephony (IMS) to agree on a resolution before the first frame. Browsers negotiate resolution differently: the sender adapts to the receiver's bandwidth and the codec's max-fs. ${BROWSERS_IGNORE}`,
  },
  bfcp(
    'floorctrl',
    'BFCP floor control role',
    'Which BFCP role this side can take: client, server or both.',
    'roles',
    (v: string) => BFCP_ROLES[v] ?? `"${v}" (c-only, s-only or c-s).`,
    'a=floorctrl:c-s',
  ),
  bfcp(
    'confid',
    'BFCP conference id',
    'The conference id the BFCP client puts in its messages.',
    'conference id',
    'The BFCP conference identifier.',
    'a=confid:1',
  ),
  bfcp(
    'userid',
    'BFCP user id',
    'The user id the BFCP client puts in its messages.',
    'user id',
    'The BFCP user identifier of this participant.',
    'a=userid:2',
  ),
  {
    ...bfcp(
      'floorid',
      'BFCP floor id',
      'A floor and the media stream(s) it controls.',
      'floor id',
      'The BFCP floor identifier.',
      'a=floorid:1 mstrm:3',
    ),
    grammar: '<floor id>[ <streams...>]',
    fields: [
      { name: 'floor id', meaning: 'The BFCP floor identifier.' },
      {
        name: 'streams',
        meaning: (v: string) =>
          `The media stream(s) whose a=label is ${v.replace(/^(mstrm|m-stream):/, '')}: only the holder of this floor may send them ("m-stream:" is the RFC 4583 spelling).`,
      },
    ],
  },
  {
    ...bfcp(
      'bfcpver',
      'BFCP versions',
      'The BFCP versions this side supports.',
      'versions',
      'A BFCP version number (1 over TCP, 2 over UDP).',
      'a=bfcpver:2 1',
    ),
    grammar: '<versions...>',
    fields: [{ name: 'versions', list: true, meaning: (v: string) => `BFCP version ${v}.` }],
  },
] as const satisfies readonly SdpRule[];
