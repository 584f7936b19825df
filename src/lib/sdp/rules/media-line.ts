// The m= line (RFC 8866 §5.14): it opens a media section and says what the section carries.
import type { AnnotationContext, LineFinding, SdpRule } from '../rule-types';
import type { SdpField } from '../types';
import { checkPayloadType, describePayloadType, isRtpProto } from './payload-type';

const MEDIA: Readonly<Record<string, string>> = {
  audio: 'Audio: an RTP stream of sound.',
  video: 'Video: an RTP stream of pictures.',
  application:
    'Application data: for WebRTC, the SCTP association that carries every data channel.',
  text: 'Real-time text.',
  message: 'Messages (MSRP).',
  image: 'Still images: T.38 fax.',
};

const PROTOS: Readonly<Record<string, string>> = {
  'UDP/TLS/RTP/SAVPF':
    'RTP with RTCP feedback (AVPF), secured by SRTP whose keys come from a DTLS handshake, over UDP; the profile JSEP requires for media (RFC 5764 §8, RFC 9429 §5.1.2).',
  'TCP/DTLS/RTP/SAVPF':
    'The same DTLS-SRTP profile when the selected ICE candidate is TCP (ICE-TCP, RFC 6544); JSEP accepts it in remote descriptions (RFC 9429 §5.1.2).',
  'RTP/SAVPF':
    'SRTP with RTCP feedback, keys from SDES or DTLS: accepted by browsers in offers from older endpoints (RFC 5124).',
  'RTP/SAVP': 'SRTP without feedback (RFC 3711 §12).',
  'RTP/AVPF': 'Plain RTP with RTCP feedback, unencrypted: browsers refuse it (RFC 4585).',
  'RTP/AVP': 'Plain unencrypted RTP: browsers refuse it (RFC 3551).',
  'UDP/DTLS/SCTP': 'SCTP over DTLS over UDP: the transport of data channels (RFC 8841).',
  'TCP/DTLS/SCTP': 'SCTP over DTLS over TCP (RFC 8841).',
  'UDP/BFCP':
    'BFCP floor control over UDP (RFC 8856); Firefox 153 refuses a description that has it; Chromium 156 accepts the description and rejects the section (port 0 in its answer).',
  'TCP/BFCP': 'BFCP floor control over TCP (RFC 8856); not a WebRTC transport.',
  'TCP/TLS/BFCP': 'BFCP floor control over TLS (RFC 8856); not a WebRTC transport.',
  'TCP/MRCPv2': 'An MRCPv2 speech-resource control channel over TCP (RFC 6787).',
  TCP: 'Plain TCP, for T.38 fax or other media over TCP (RFC 4145).',
  udptl: 'UDPTL, the UDP transport of T.38 fax.',
  'DTLS/SCTP':
    'The older proto name for data channels, used with a=sctpmap by pre-2019 endpoints (draft-ietf-mmusic-sctp-sdp-05).',
};

function explainPort(value: string): string {
  if (value === '9')
    return 'Port 9 (the discard port): a placeholder. The real ports are in the ICE candidates; JSEP writes 9 until a candidate is chosen (RFC 9429 §5.2.1).';
  if (value === '0')
    return 'Port 0: this media section is rejected, or stopped (RFC 3264 §6 and §8.2); with a=bundle-only it instead means "only usable inside the BUNDLE group" (RFC 9143 §6).';
  return `Port ${value}: the default candidate's port.`;
}

function explainFormat(value: string, context: AnnotationContext): string {
  if (value === 'webrtc-datachannel')
    return 'webrtc-datachannel: the SCTP association carries WebRTC data channels (RFC 8841).';
  if (!isRtpProto(context.proto)) return `Format "${value}".`;
  const codec = context.codecs.get(value);
  return codec
    ? `Payload type ${value}: ${codec.name}/${codec.clockRate}${codec.channels ? `/${codec.channels}` : ''}, in order of preference.`
    : describePayloadType(value);
}

function checkMediaLine(fields: readonly SdpField[]): LineFinding[] {
  const findings: LineFinding[] = [];
  const get = (name: string) => fields.find((f) => f.name === name)?.value;
  const port = get('port');
  if (port !== undefined && (!/^\d{1,5}$/.test(port) || Number(port) > 65535)) {
    findings.push({
      severity: 'error',
      message: `Malformed m-line: port "${port}" is not a number from 0 to 65535 (RFC 8866 §5.14).`,
    });
  }
  const proto = get('proto') ?? '';
  if (proto && !(proto in PROTOS))
    findings.push({
      severity: 'warning',
      message: `Unknown protocol "${proto}": browsers use UDP/TLS/RTP/SAVPF and UDP/DTLS/SCTP.`,
    });
  const formats = fields.filter((f) => f.name === 'format');
  if (formats.length === 0)
    findings.push({
      severity: 'error',
      message:
        'Malformed m-line: no formats after the protocol (RFC 8866 §5.14 requires at least one).',
    });
  if (isRtpProto(proto))
    for (const format of formats) findings.push(...checkPayloadType(format.value));
  return findings;
}

/** The m= rule, kept in its own file for its tables and checks. */
export const mediaLineRule = {
  kind: 'line',
  key: 'm',
  title: 'Media description',
  grammar: '<media> <port>[/<port count>] <proto> <format...>',
  scope: 'media',
  rfc: 'RFC 8866 §5.14',
  fields: [
    { name: 'media', meaning: (v: string) => MEDIA[v] ?? `Media type "${v}".` },
    { name: 'port', meaning: explainPort },
    {
      name: 'port count',
      meaning: 'How many consecutive ports (for layered multicast); never used in WebRTC.',
    },
    { name: 'proto', meaning: (v: string) => PROTOS[v] ?? `Transport protocol "${v}".` },
    { name: 'format', meaning: explainFormat, list: true },
  ],
  check: checkMediaLine,
  example: 'm=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126',
  summary: 'Starts a media section: its type, port, transport profile and formats.',
  explanation:
    'Each m= line starts a media section that runs to the next m= line; in WebRTC each one is a transceiver or, for application, the data channels. The formats are RTP payload types in order of preference, each explained by the a=rtpmap and a=fmtp lines below. The position of the m-line matters: an answer lists the same sections in the same order, and a section is never removed, only rejected with port 0 and later reused (RFC 3264 §6, §8).',
} as const satisfies SdpRule;
