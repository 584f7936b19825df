// Attributes that identify media sections and streams: mid, groups, msid, ssrc, rid, simulcast, direction.
import type { SdpRule } from '../rule-types';
import { checkMid, checkSsrc } from './value-checks';

const DIRECTION_EXPLANATION =
  'Directions are from the point of view of the side that wrote the description. The answer mirrors the offer: an offered sendonly can be answered recvonly or inactive, recvonly with sendonly or inactive. A direction at session level applies to every section without its own. In WebRTC the direction follows RTCRtpTransceiver.direction and whether a track is attached.';

const direction = <K extends string>(key: K, summary: string, example: string, section: string) =>
  ({
    kind: 'attribute',
    key,
    title: `Direction: ${key}`,
    grammar: '',
    scope: 'both',
    rfc: `RFC 8866 §${section}`,
    fields: [],
    example,
    summary,
    explanation: DIRECTION_EXPLANATION,
  }) as const satisfies SdpRule;

/** Stream identification and direction attributes. */
export const STREAM_RULES = [
  {
    kind: 'attribute',
    key: 'mid',
    title: 'Media identification',
    grammar: '<identification tag>',
    scope: 'media',
    rfc: 'RFC 5888 §4',
    fields: [
      {
        name: 'identification tag',
        meaning: (v) =>
          `"${v}": the name of this media section; the same in the offer and the answer, and carried in RTP by the sdes:mid header extension. RTCRtpTransceiver.mid.`,
      },
    ],
    check: checkMid,
    example: 'a=mid:0',
    summary: 'The name of this media section, used by groups and by BUNDLE.',
    explanation:
      'Each media section gets a tag unique within the description, kept for the section\'s whole life. Groups (a=group) list sections by mid, and with BUNDLE each RTP packet says which section it belongs to by carrying its mid. Chromium and Firefox use "0", "1", "2"...; JSEP allows any token.',
  },
  {
    kind: 'attribute',
    key: 'group',
    title: 'Media section group',
    grammar: '<semantics>[ <identification tags...>]',
    scope: 'session',
    rfc: 'RFC 5888 §5; RFC 9143',
    fields: [
      {
        name: 'semantics',
        meaning: (v) =>
          v === 'BUNDLE'
            ? 'BUNDLE: all sections listed share one transport, one ICE and DTLS session, one 5-tuple (RFC 9143).'
            : v === 'LS'
              ? 'LS: lip synchronization between the sections (RFC 5888 §7).'
              : `Grouping semantics "${v}".`,
      },
      { name: 'identification tags', list: true, meaning: (v) => `The section with a=mid:${v}.` },
    ],
    example: 'a=group:BUNDLE 0 1 2',
    summary: 'Groups media sections by mid; BUNDLE puts them on one transport.',
    explanation:
      'With BUNDLE, audio, video and data travel over a single ICE/DTLS transport instead of one each, so ICE runs once. The first mid in the answer\'s group names the section whose transport is used ("tagged"). Browsers use the "balanced" bundle policy by default and always bundle with each other.',
  },
  {
    kind: 'attribute',
    key: 'bundle-only',
    title: 'Bundle only',
    grammar: '',
    scope: 'media',
    rfc: 'RFC 9143 §6',
    fields: [],
    example: 'a=bundle-only',
    summary: 'This section may only be used inside its BUNDLE group.',
    explanation:
      'Sent with port 0 in an offer, so an endpoint that does not understand BUNDLE rejects the section instead of setting up a separate transport for it. With the default "balanced" bundle policy JSEP marks every section after the first of its media type this way (RFC 9429 §4.1.1); Firefox does, as in its offer with three video transceivers, while Chromium never writes it.',
  },
  {
    kind: 'attribute',
    key: 'msid',
    title: 'Media stream id',
    grammar: '<stream id>[ <track id>]',
    scope: 'media',
    rfc: 'RFC 8830 §2',
    fields: [
      {
        name: 'stream id',
        meaning: (v) =>
          v === '-'
            ? '"-": the track belongs to no MediaStream.'
            : `MediaStream id ${v}: the receiver\'s track will belong to a stream with this id (RTCTrackEvent.streams).`,
      },
      {
        name: 'track id',
        meaning:
          "The sender's track id (informational: receivers no longer copy it to their track).",
      },
    ],
    example: 'a=msid:f13780c7-6906-4557-987a-a24673da1451 9af835d4-4f27-48c0-a4f7-4c542988793e',
    summary: 'Which MediaStream the track sent in this section belongs to.',
    explanation:
      "Tracks that share a stream id are synchronised together at the receiver (audio and video of one camera, say). Since the receiver's track ids are chosen locally, only the stream id has an effect. Firefox wraps its ids in braces.",
  },
  {
    kind: 'attribute',
    key: 'msid-semantic',
    title: 'MediaStream semantic (legacy)',
    grammar: '[ ]<semantic>[ <stream ids...>]',
    scope: 'session',
    rfc: 'draft-ietf-mmusic-msid (early versions; dropped by RFC 8830)',
    fields: [
      {
        name: 'semantic',
        meaning: (v) => (v === 'WMS' ? 'WMS: WebRTC MediaStream.' : `Semantic "${v}".`),
      },
      {
        name: 'stream ids',
        list: true,
        meaning: (v) =>
          v === '*' ? '"*": any stream id.' : `Stream id ${v}, used in this description.`,
      },
    ],
    example: 'a=msid-semantic: WMS f13780c7-6906-4557-987a-a24673da1451',
    summary:
      'Declares that a=msid lines follow the WebRTC MediaStream semantics; a leftover of an msid draft.',
    explanation:
      'Early drafts of msid had this session-level declaration; RFC 8830 dropped it, but both browsers still write it for old peers. Chromium writes a space after the colon and lists the stream ids; Firefox writes "WMS *".',
  },
  {
    kind: 'attribute',
    key: 'ssrc',
    title: 'Source attribute',
    grammar: '<ssrc id> <attribute>[:<value...>]',
    scope: 'media',
    rfc: 'RFC 5576 §4.1',
    fields: [
      {
        name: 'ssrc id',
        meaning: (v) =>
          `SSRC ${v}: the 32-bit identifier in the RTP header of the packets of one stream.`,
      },
      {
        name: 'attribute',
        meaning: (v) =>
          ({
            cname:
              'cname: canonical name, shared by all the streams of one endpoint so the receiver can synchronise them (RFC 5576 §6.1, RFC 7022).',
            msid: 'msid: the stream and track of this source, the pre-RFC 8830 form that Chromium still writes for old peers.',
            mslabel: 'mslabel: legacy stream label (Plan B).',
            label: 'label: legacy track label (Plan B).',
          })[v] ?? `Source attribute "${v}".`,
      },
      { name: 'value', meaning: "The attribute's value for this source." },
    ],
    check: checkSsrc,
    example: 'a=ssrc:2609810345 cname:sAySpRyhYdA0cTEr',
    summary: 'Declares a synchronization source (SSRC) this side will send, with a property.',
    explanation:
      'Announcing SSRCs in advance lets the receiver map incoming packets to the right section without waiting for the mid header extension. Simulcast with rids does not announce SSRCs. The cname is random per connection, not a user identity (RFC 7022).',
  },
  {
    kind: 'attribute',
    key: 'ssrc-group',
    title: 'Source group',
    grammar: '<semantics> <ssrc ids...>',
    scope: 'media',
    rfc: 'RFC 5576 §4.2',
    fields: [
      {
        name: 'semantics',
        meaning: (v) =>
          ({
            FID: 'FID, flow identification: the second SSRC carries retransmissions (RTX, RFC 4588) of the first.',
            'FEC-FR':
              'FEC-FR: the second SSRC carries forward error correction for the first (RFC 5956).',
            SIM: 'SIM: simulcast layers in SSRC form, low to high (legacy, before rid).',
          })[v] ?? `Grouping "${v}".`,
      },
      { name: 'ssrc ids', list: true, meaning: (v) => `SSRC ${v}.` },
    ],
    example: 'a=ssrc-group:FID 2956116747 549906641',
    summary: 'Ties SSRCs together: a stream and its retransmission stream, for instance.',
    explanation:
      "With RTX, retransmitted packets go out on their own SSRC so they do not disturb the original stream's statistics; FID tells the receiver which repair stream belongs to which media stream.",
  },
  {
    kind: 'attribute',
    key: 'rid',
    title: 'RTP stream identifier',
    grammar: '<rid id> <direction>[ <restrictions...>]',
    scope: 'media',
    rfc: 'RFC 8851 §4',
    fields: [
      {
        name: 'rid id',
        meaning: (v) =>
          `"${v}": the name of one encoding (RTCRtpEncodingParameters.rid), carried in RTP by the rtp-stream-id header extension.`,
      },
      {
        name: 'direction',
        meaning: (v) =>
          v === 'send'
            ? 'send: this side will send this encoding.'
            : v === 'recv'
              ? 'recv: this side can receive this encoding.'
              : `Direction "${v}".`,
      },
      {
        name: 'restrictions',
        meaning: 'Limits on this encoding (pt=, max-width=, max-height=, max-fps=...).',
      },
    ],
    example: 'a=rid:q send',
    summary: 'Names one RTP stream (one simulcast encoding) of this section.',
    explanation:
      'Each rid is one encoding of the same source, at its own resolution or bitrate. Packets carry the rid in a header extension, so no SSRC needs to be signalled. Both browsers write the rids of RTCRtpSender encodings given in sendEncodings.',
  },
  {
    kind: 'attribute',
    key: 'simulcast',
    title: 'Simulcast',
    grammar: '<direction> <streams>[ <direction 2> <streams 2>]',
    scope: 'media',
    rfc: 'RFC 8853 §5.1',
    fields: [
      {
        name: 'direction',
        meaning: (v) =>
          v === 'send'
            ? 'send: this side sends the listed encodings simultaneously.'
            : 'recv: this side receives the listed encodings.',
      },
      {
        name: 'streams',
        meaning: (v) =>
          `The rids ${v
            .split(/[;,]/)
            .map((r) => r.replace('~', ''))
            .join(', ')}: ";" separates encodings, "," alternatives, "~" a paused one.`,
      },
      { name: 'direction 2', meaning: 'The other direction.' },
      { name: 'streams 2', meaning: 'The rids for the other direction.' },
    ],
    example: 'a=simulcast:send q;h;f',
    summary: 'This section sends (or receives) several encodings of the same source at once.',
    explanation:
      "Simulcast sends one source at several qualities so that an SFU can forward each receiver the one it can take. The rids listed must each have an a=rid line. A browser answering another browser's simulcast offer may not support receiving it and then drops the attribute, keeping one encoding.",
  },
  direction(
    'sendrecv',
    'This side sends and receives media in this section (the default).',
    'a=sendrecv',
    '6.7.2',
  ),
  direction('sendonly', 'This side only sends media in this section.', 'a=sendonly', '6.7.3'),
  direction('recvonly', 'This side only receives media in this section.', 'a=recvonly', '6.7.1'),
  direction(
    'inactive',
    'No media flows in this section in either direction.',
    'a=inactive',
    '6.7.4',
  ),
] as const satisfies readonly SdpRule[];
