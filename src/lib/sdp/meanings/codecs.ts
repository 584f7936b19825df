// What each encoding name in an `a=rtpmap` line is, with the document that defines its RTP format.

/** One codec the browsers offer: what it is and where its RTP payload format is defined. */
export interface CodecDescription {
  what: string;
  rfc: string;
}

/** Encoding names as browsers write them in `a=rtpmap`, lower-cased. */
export const CODECS: Readonly<Record<string, CodecDescription>> = {
  opus: {
    what: 'Opus, the mandatory WebRTC audio codec: speech and music, 6 to 510 kbit/s; always written 48000/2 whatever it actually sends',
    rfc: 'RFC 7587 §4',
  },
  g722: {
    what: 'G.722 wideband speech at 64 kbit/s; its RTP clock says 8000 although it samples at 16 kHz (a historical error kept by RFC 3551)',
    rfc: 'RFC 3551 §4.5.2',
  },
  pcmu: {
    what: 'G.711 µ-law, the 64 kbit/s telephone codec (mandatory to implement in WebRTC)',
    rfc: 'RFC 3551 §4.5.14',
  },
  pcma: {
    what: 'G.711 A-law, the European variant of the 64 kbit/s telephone codec',
    rfc: 'RFC 3551 §4.5.14',
  },
  cn: {
    what: 'comfort noise: a description of the background noise sent during silence',
    rfc: 'RFC 3389 §4',
  },
  'telephone-event': {
    what: 'DTMF key presses (0-9, *, #) sent as events rather than tones',
    rfc: 'RFC 4733 §2',
  },
  red: {
    what: 'redundant coding: each packet also carries an older frame, so one lost packet costs nothing',
    rfc: 'RFC 2198 §3',
  },
  vp8: { what: 'VP8 video, mandatory to implement in WebRTC browsers', rfc: 'RFC 7741 §6' },
  vp9: { what: 'VP9 video, with spatial and temporal scalability (SVC)', rfc: 'RFC 9628 §6' },
  h264: {
    what: 'H.264 / AVC video, mandatory to implement in WebRTC browsers (Constrained Baseline)',
    rfc: 'RFC 6184 §8',
  },
  h265: { what: 'H.265 / HEVC video', rfc: 'RFC 7798 §7' },
  av1: {
    what: 'AV1 video, royalty-free, with scalability described by the dependency descriptor',
    rfc: 'AV1 RTP Payload Format §7',
  },
  rtx: {
    what: 'retransmission: packets resent after a NACK travel under this payload type, on their own SSRC',
    rfc: 'RFC 4588 §8',
  },
  ulpfec: {
    what: 'forward error correction (XOR parity over earlier packets), usually carried inside RED',
    rfc: 'RFC 5109 §14',
  },
  'flexfec-03': {
    what: 'flexible forward error correction, an early draft version that libwebrtc still names in SDP',
    rfc: 'draft-ietf-payload-flexible-fec-scheme-03',
  },
  flexfec: { what: 'flexible forward error correction', rfc: 'RFC 8627 §5' },
};

/** Look up a codec by encoding name, ignoring case. */
export function describeCodec(encodingName: string): CodecDescription | undefined {
  return CODECS[encodingName.toLowerCase()];
}
