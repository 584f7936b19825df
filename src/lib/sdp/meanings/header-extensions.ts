// RTP header extensions browsers offer with `a=extmap` (RFC 8285 §5), by URI. Several are
// libwebrtc's own ("experiments") and are documented in libwebrtc's docs/native-code/rtp-hdrext/.

/** What a header extension carries and the document that defines it. */
export interface HeaderExtensionDescription {
  what: string;
  rfc: string;
}

const WEBRTC_ORG = 'http://www.webrtc.org/experiments/rtp-hdrext/';
const LIBWEBRTC_DOCS = 'libwebrtc docs/native-code/rtp-hdrext/';

/** Header extensions by URI. */
export const HEADER_EXTENSIONS: Readonly<Record<string, HeaderExtensionDescription>> = {
  'urn:ietf:params:rtp-hdrext:ssrc-audio-level': {
    what: 'the audio level of each packet (and a voice-activity bit), so a server can pick the active speaker without decoding',
    rfc: 'RFC 6464 §3',
  },
  'urn:ietf:params:rtp-hdrext:csrc-audio-level': {
    what: 'the audio levels of each source a mixer mixed into the packet',
    rfc: 'RFC 6465 §3',
  },
  'urn:ietf:params:rtp-hdrext:sdes:mid': {
    what: 'the mid of the media section, so a receiver on a BUNDLE transport knows which section a packet belongs to',
    rfc: 'RFC 9143 §15.2',
  },
  'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id': {
    what: 'the rid of the simulcast encoding the packet belongs to',
    rfc: 'RFC 8852 §3.1',
  },
  'urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id': {
    what: 'the rid of the encoding a retransmission (RTX) or FEC packet repairs',
    rfc: 'RFC 8852 §3.2',
  },
  'urn:ietf:params:rtp-hdrext:toffset': {
    what: 'transmission time offset: how long after its RTP timestamp the packet was actually sent',
    rfc: 'RFC 5450 §3',
  },
  'urn:ietf:params:rtp-hdrext:encrypt': {
    what: 'wraps another header extension to encrypt it',
    rfc: 'RFC 6904 §3',
  },
  'urn:3gpp:video-orientation': {
    what: 'coordination of video orientation: how the receiver must rotate the picture (camera turned)',
    rfc: '3GPP TS 26.114 §7.4.5',
  },
  'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01': {
    what: 'a sequence number shared by all streams of the transport, which transport-cc feedback refers to',
    rfc: 'draft-holmer-rmcat-transport-wide-cc-extensions-01 §2',
  },
  [`${WEBRTC_ORG}abs-send-time`]: {
    what: 'absolute send time (24 bits, 6.18 fixed point seconds), used by the older REMB bandwidth estimation',
    rfc: `${LIBWEBRTC_DOCS}abs-send-time`,
  },
  [`${WEBRTC_ORG}abs-capture-time`]: {
    what: 'the NTP time at which the first sample of the frame was captured, for audio/video sync across servers',
    rfc: `${LIBWEBRTC_DOCS}abs-capture-time`,
  },
  [`${WEBRTC_ORG}playout-delay`]: {
    what: 'the minimum and maximum playout delay the sender wants the receiver to use (0 for game streaming, for example)',
    rfc: `${LIBWEBRTC_DOCS}playout-delay`,
  },
  [`${WEBRTC_ORG}video-content-type`]: {
    what: 'whether the video is a camera or a screen share, so the receiver can tune for sharpness or motion',
    rfc: `${LIBWEBRTC_DOCS}video-content-type`,
  },
  [`${WEBRTC_ORG}video-timing`]: {
    what: 'timestamps of the encode and packetization steps of a frame, for end-to-end delay statistics',
    rfc: `${LIBWEBRTC_DOCS}video-timing`,
  },
  [`${WEBRTC_ORG}color-space`]: {
    what: 'the colour space of the frame (primaries, transfer, matrix, range), for HDR video',
    rfc: `${LIBWEBRTC_DOCS}color-space`,
  },
  [`${WEBRTC_ORG}video-layers-allocation00`]: {
    what: 'which spatial and temporal layers the sender is producing and at what bitrate, for SFUs',
    rfc: `${LIBWEBRTC_DOCS}video-layers-allocation00`,
  },
  [`${WEBRTC_ORG}video-frame-tracking-id`]: {
    what: 'an identifier to follow a frame through the pipeline in tests',
    rfc: `${LIBWEBRTC_DOCS}video-frame-tracking-id`,
  },
  [`${WEBRTC_ORG}transport-wide-cc-02`]: {
    what: 'the transport-wide sequence number, version 2, which can ask for feedback on demand',
    rfc: `${LIBWEBRTC_DOCS}transport-wide-cc-02`,
  },
  [`${WEBRTC_ORG}corruption-detection`]: {
    what: "samples of the frame's pixels so the receiver can detect decoder corruption",
    rfc: `${LIBWEBRTC_DOCS}corruption-detection`,
  },
  'https://aomediacodec.github.io/av1-rtp-spec/#dependency-descriptor-rtp-header-extension': {
    what: 'the dependency descriptor: how each frame depends on others in scalable (SVC) or simulcast video, so an SFU can drop layers without decoding',
    rfc: 'AV1 RTP Payload Format Appendix A',
  },
};

/** Look up a header extension URI. */
export function describeHeaderExtension(uri: string): HeaderExtensionDescription | undefined {
  return HEADER_EXTENSIONS[uri];
}
