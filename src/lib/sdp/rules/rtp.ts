// Attributes that describe RTP: codecs, their parameters and feedback, header extensions, RTCP.
import { describeCodec } from '../meanings/codecs';
import { describeHeaderExtension } from '../meanings/header-extensions';
import { explainRtcpFeedback } from '../meanings/rtcp-feedback';
import type { SdpRule } from '../rule-types';
import { readFormatParameters } from './format-fields';
import { checkPayloadType, describePayloadType } from './payload-type';
import { checkRtpmapValues } from './value-checks';

const ptField = { name: 'payload type', meaning: describePayloadType } as const;
const checkFirstPayloadType =
  (wildcard: boolean) => (fields: readonly { name: string; value: string }[]) => {
    const pt = fields.find((f) => f.name === 'payload type');
    return pt ? checkPayloadType(pt.value, wildcard) : [];
  };

/** RTP-related attributes. */
export const RTP_RULES = [
  {
    kind: 'attribute',
    key: 'rtpmap',
    title: 'RTP payload map',
    grammar: '<payload type> <encoding name>/<clock rate>[/<channels>]',
    scope: 'media',
    rfc: 'RFC 8866 §6.6',
    fields: [
      ptField,
      {
        name: 'encoding name',
        meaning: (v) => {
          const c = describeCodec(v);
          return c ? `${v}: ${c.what} (${c.rfc}).` : `${v}: a codec this table does not describe.`;
        },
      },
      {
        name: 'clock rate',
        meaning: (v) =>
          `RTP timestamps count ${v} ticks per second${v === '90000' ? ', the clock every video format uses' : ''}.`,
      },
      { name: 'channels', meaning: (v) => `${v} audio channel(s).` },
    ],
    check: (fields, context) => [
      ...checkFirstPayloadType(false)(fields),
      ...checkRtpmapValues(fields, context),
    ],
    example: 'a=rtpmap:111 opus/48000/2',
    summary: 'Binds a payload type number to a codec, its clock rate and channels.',
    explanation:
      'RTP packets carry only a 7-bit payload type; this line says which codec a dynamic number stands for in this section. The numbers are chosen by the offerer and the answer reuses them. A codec at several settings (H.264 profiles, VP9 profiles) gets one payload type per variant, told apart by a=fmtp.',
  },
  {
    kind: 'attribute',
    key: 'fmtp',
    title: 'Format parameters',
    grammar: '<payload type> <parameters...>',
    scope: 'media',
    rfc: 'RFC 8866 §6.15',
    fields: [],
    read: readFormatParameters,
    example: 'a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f',
    summary: 'Codec-specific parameters for one payload type.',
    explanation:
      "Each codec's RTP payload format defines its own parameters, usually name=value pairs separated by semicolons. Some restrict what the receiver can decode (H.264 profile and level, VP9 profile), so two payload types of the same codec are different offers; RTX uses apt= to point at the payload type it repairs.",
  },
  {
    kind: 'attribute',
    key: 'rtcp-fb',
    title: 'RTCP feedback',
    grammar: '<payload type> <feedback type>[ <feedback parameter>]',
    scope: 'media',
    rfc: 'RFC 4585 §4.2',
    fields: [
      {
        name: 'payload type',
        meaning: (v) =>
          v === '*' ? 'Every payload type of this section.' : describePayloadType(v),
      },
      {
        name: 'feedback type',
        meaning: (v) => explainRtcpFeedback(v, undefined) ?? `Feedback type "${v}".`,
      },
      {
        name: 'feedback parameter',
        meaning: (v, _context, previous) =>
          explainRtcpFeedback(previous.find((f) => f.name === 'feedback type')?.value ?? '', v) ??
          `Subtype "${v}".`,
      },
    ],
    check: checkFirstPayloadType(true),
    example: 'a=rtcp-fb:96 nack pli',
    summary: 'A kind of RTCP feedback the receiver can send for this payload type.',
    explanation:
      'Feedback lets a receiver ask the sender for help: retransmissions (nack), keyframes (nack pli, ccm fir) or bandwidth estimates (goog-remb, transport-cc). Each line enables one message for one payload type; "*" means all of them.',
  },
  {
    kind: 'attribute',
    key: 'extmap',
    title: 'RTP header extension',
    grammar: '<id>[/<direction>] <uri>[ <extension attributes...>]',
    scope: 'both',
    rfc: 'RFC 8285 §5',
    fields: [
      {
        name: 'id',
        meaning: (v) => {
          const n = Number(v);
          return n >= 1 && n <= 14
            ? `ID ${v}: fits the one-byte header form (IDs 1-14, RFC 8285 §4.2).`
            : n >= 16 && n <= 255
              ? `ID ${v}: needs the two-byte header form (RFC 8285 §4.3).`
              : `ID ${v}: outside the usable range 1-14 and 16-255.`;
        },
      },
      {
        name: 'direction',
        meaning: (v) =>
          `Used only in the ${v} direction, from this side's point of view (RFC 8285 §5).`,
      },
      {
        name: 'uri',
        meaning: (v) => {
          const h = describeHeaderExtension(v);
          return h
            ? `Carries ${h.what} (${h.rfc}).`
            : 'A header extension this table does not describe.';
        },
      },
      { name: 'extension attributes', meaning: 'Parameters specific to this extension.' },
    ],
    example: 'a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01',
    summary: 'Maps a local ID to an RTP header extension, identified by URI.',
    explanation:
      "Header extensions add small metadata to each RTP packet (audio level, send time, mid, rid...). Packets carry only the short ID; this line binds the ID to the extension's URI. The answer keeps the extensions it supports, with the same IDs. With BUNDLE, an ID means the same extension in every section.",
  },
  {
    kind: 'attribute',
    key: 'extmap-allow-mixed',
    title: 'Mixed header extension forms',
    grammar: '',
    scope: 'both',
    rfc: 'RFC 8285 §6',
    fields: [],
    example: 'a=extmap-allow-mixed',
    summary: 'One-byte and two-byte header extensions may be mixed in the same stream.',
    explanation:
      'Without it, a stream must use only one header extension form. Mixing lets a sender use the compact one-byte form for most packets and the two-byte form when an extension needs more than 16 bytes or an ID above 14 (the AV1 dependency descriptor, for example). Chromium writes it at session level, Firefox in each media section.',
  },
  {
    kind: 'attribute',
    key: 'rtcp',
    title: 'RTCP port',
    grammar: '<port>[ <network type> <address type> <connection address>]',
    scope: 'media',
    rfc: 'RFC 3605 §2.1',
    fields: [
      {
        name: 'port',
        meaning: (v) =>
          v === '9'
            ? "Port 9: a placeholder, like the m-line's; with rtcp-mux RTCP shares the RTP port anyway."
            : `RTCP port ${v}.`,
      },
      { name: 'network type', meaning: 'IN: Internet.' },
      { name: 'address type', meaning: 'IP4 or IP6.' },
      {
        name: 'connection address',
        meaning: (v) => (v === '0.0.0.0' ? '0.0.0.0: a placeholder.' : `RTCP address ${v}.`),
      },
    ],
    example: 'a=rtcp:9 IN IP4 0.0.0.0',
    summary: 'Where RTCP is sent, when it is not on the RTP port plus one.',
    explanation:
      'Historically RTCP used the RTP port plus one; this attribute named another port. Browsers multiplex RTCP with RTP (a=rtcp-mux), so Chromium writes the placeholder a=rtcp:9 only for endpoints that might not support multiplexing. Firefox omits it.',
  },
  {
    kind: 'attribute',
    key: 'rtcp-mux',
    title: 'RTP/RTCP multiplexing',
    grammar: '',
    scope: 'media',
    rfc: 'RFC 5761 §5.1.1',
    fields: [],
    example: 'a=rtcp-mux',
    summary: 'RTP and RTCP share one port.',
    explanation:
      'With this flag in both offer and answer, RTCP goes over the same transport as RTP, which halves the number of ICE components and candidates. Receivers tell them apart by the packet type byte, which is why payload types 64-95 are avoided. Browsers require it by default (rtcpMuxPolicy "require").',
  },
  {
    kind: 'attribute',
    key: 'rtcp-mux-only',
    title: 'RTCP multiplexing required',
    grammar: '',
    scope: 'media',
    rfc: 'RFC 8858',
    fields: [],
    example: 'a=rtcp-mux-only',
    summary: 'The offerer will only use RTP/RTCP multiplexing.',
    explanation:
      'Tells the answerer that no separate RTCP port exists, so it must accept rtcp-mux or reject the section. JSEP puts it in offers under the "require" RTCP mux policy, the browsers\' default (RFC 9429 §4.1.1); current Chromium and Firefox nevertheless do not send it, and offer plain rtcp-mux instead.',
  },
  {
    kind: 'attribute',
    key: 'rtcp-rsize',
    title: 'Reduced-size RTCP',
    grammar: '',
    scope: 'media',
    rfc: 'RFC 5506 §5',
    fields: [],
    example: 'a=rtcp-rsize',
    summary: 'RTCP packets may be sent alone, without the usual report.',
    explanation:
      'Normally every RTCP packet is a compound starting with a sender or receiver report. Reduced size lets a receiver send a bare feedback message (a NACK or a PLI) as soon as it is needed, saving bandwidth and delay.',
  },
  {
    kind: 'attribute',
    key: 'rtcp-xr',
    title: 'RTCP extended reports',
    grammar: '<report types...>',
    scope: 'both',
    rfc: 'RFC 3611 §5.1',
    fields: [
      {
        name: 'report types',
        list: true,
        meaning: (v) =>
          v.startsWith('rcvr-rtt')
            ? `${v}: Receiver Reference Time report blocks (RFC 3611 §4.4), so a receiver that sends no media can still measure the round-trip time; "=all" means every participant may send them.`
            : `Extended report block "${v}".`,
      },
    ],
    example: 'a=rtcp-xr:rcvr-rtt=all',
    summary: 'Which RTCP Extended Report blocks are used.',
    explanation:
      'Extended reports add blocks RTCP lacks. Chromium offers Receiver Reference Time blocks so that a receive-only peer can compute round-trip time too.',
  },
  {
    kind: 'attribute',
    key: 'ptime',
    title: 'Packet time',
    grammar: '<milliseconds>',
    scope: 'media',
    rfc: 'RFC 8866 §6.4',
    fields: [{ name: 'milliseconds', meaning: (v) => `Preferred ${v} ms of audio per packet.` }],
    example: 'a=ptime:20',
    summary: 'The preferred audio duration per packet.',
    explanation:
      'A hint to the sender. Browsers do not write it (Opus states its preferences in fmtp) but accept it.',
  },
  {
    kind: 'attribute',
    key: 'maxptime',
    title: 'Maximum packet time',
    grammar: '<milliseconds>',
    scope: 'media',
    rfc: 'RFC 8866 §6.5',
    fields: [{ name: 'milliseconds', meaning: (v) => `At most ${v} ms of audio per packet.` }],
    example: 'a=maxptime:120',
    summary: 'The longest audio duration per packet the receiver accepts.',
    explanation: 'An upper bound on packetization. Browsers do not write it but accept it.',
  },
] as const satisfies readonly SdpRule[];
