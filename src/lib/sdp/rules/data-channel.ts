// Attributes of the data channel section (m=application ... UDP/DTLS/SCTP webrtc-datachannel).
import type { SdpRule } from '../rule-types';

/** SCTP attributes. */
export const DATA_CHANNEL_RULES = [
  {
    kind: 'attribute',
    key: 'sctp-port',
    title: 'SCTP port',
    grammar: '<port>',
    scope: 'media',
    rfc: 'RFC 8841 §5',
    fields: [
      {
        name: 'port',
        meaning: (v) =>
          `SCTP port ${v}${v === '5000' ? " (the browsers' fixed choice)" : ''}: a port inside the SCTP association, not a UDP port; it never reaches the network.`,
      },
    ],
    example: 'a=sctp-port:5000',
    summary: 'The SCTP port used inside the DTLS connection.',
    explanation:
      'SCTP runs inside DTLS, so its ports are only labels that both ends must agree on. Browsers always use 5000. An absent sctp-port also means 5000 (RFC 8841 §5).',
  },
  {
    kind: 'attribute',
    key: 'max-message-size',
    title: 'Maximum message size',
    grammar: '<bytes>',
    scope: 'media',
    rfc: 'RFC 8841 §6',
    fields: [
      {
        name: 'bytes',
        meaning: (v) =>
          v === '0'
            ? '0: any size, limited only by memory.'
            : `The largest message this side can receive: ${v} bytes (${Math.round(Number(v) / 1024)} KiB). The other side refuses to send bigger ones (RTCSctpTransport.maxMessageSize).`,
      },
    ],
    example: 'a=max-message-size:262144',
    summary: 'The largest data channel message this side can receive.',
    explanation:
      "A sender must not send a message larger than the receiver's limit; send() throws a TypeError instead. Without the attribute the limit is 64 KiB. Chromium announces 256 KiB, Firefox 1 GiB - 1 (1073741823).",
  },
  {
    kind: 'attribute',
    key: 'sctpmap',
    title: 'SCTP map (legacy)',
    grammar: '<port> <protocol>[ <streams>]',
    scope: 'media',
    rfc: 'draft-ietf-mmusic-sctp-sdp-05 §5',
    fields: [
      { name: 'port', meaning: 'The SCTP port, as in the m-line of this legacy form.' },
      { name: 'protocol', meaning: 'webrtc-datachannel.' },
      { name: 'streams', meaning: 'The number of SCTP streams.' },
    ],
    example: 'a=sctpmap:5000 webrtc-datachannel 1024',
    summary: 'The pre-2017 way to describe a data channel section.',
    explanation:
      'Older endpoints wrote "m=application 9 DTLS/SCTP 5000" with this attribute. Browsers still accept it and answer in the same form.',
  },
] as const satisfies readonly SdpRule[];
