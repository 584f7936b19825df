// Meanings of the `a=fmtp` parameters the browsers send, per codec. Each codec's RTP payload
// format document defines its own parameters (Opus RFC 7587 §6.1, H.264 RFC 6184 §8.1,
// VP8 RFC 7741 §6.1, VP9 RFC 9628 §6, AV1 RTP Payload Format §7.2, RTX RFC 4588 §8.6).
import { BROADCAST_PARAMETERS } from './broadcast-parameters';
import { describeH264ProfileLevelId } from './h264-profile';

type Explain = (value: string) => string;

const on =
  (yes: string, no: string): Explain =>
  (value) =>
    value === '1' ? yes : value === '0' ? no : `Expected 0 or 1, found "${value}".`;

const OPUS: Readonly<Record<string, Explain>> = {
  minptime: (v) =>
    `The receiver wants packets of at least ${v} ms of audio (libwebrtc sends 10, Opus's usual shortest frame).`,
  ptime: (v) => `The receiver prefers ${v} ms of audio per packet.`,
  maxptime: (v) => `The receiver accepts at most ${v} ms of audio per packet.`,
  useinbandfec: on(
    'The receiver can use Opus in-band FEC: a lower-quality copy of the previous frame inside each packet, which hides single losses (RFC 7587 §6.1).',
    'The receiver does not use in-band FEC.',
  ),
  usedtx: on(
    'The receiver accepts discontinuous transmission: the sender may stop sending during silence.',
    'The sender should not use DTX.',
  ),
  stereo: on(
    'The receiver can decode and prefers stereo (RFC 7587 §6.1: only a preference, mono is always allowed).',
    'The receiver prefers mono.',
  ),
  'sprop-stereo': on('The sender is likely to send stereo.', 'The sender is likely to send mono.'),
  maxplaybackrate: (v) =>
    `The receiver plays audio back at up to ${v} Hz, so there is no point encoding a wider band.`,
  'sprop-maxcapturerate': (v) => `The sender captures audio at up to ${v} Hz.`,
  maxaveragebitrate: (v) => `The receiver wants at most ${v} bit/s on average.`,
  cbr: on('The receiver asks for constant bitrate.', 'Variable bitrate (the default).'),
};

const H264: Readonly<Record<string, Explain>> = {
  'profile-level-id': describeH264ProfileLevelId,
  'packetization-mode': (v) =>
    ({
      '0': 'Mode 0, single NAL unit: each RTP packet carries exactly one NAL unit; no fragmentation (RFC 6184 §6.2).',
      '1': 'Mode 1, non-interleaved: NAL units may be fragmented (FU-A) or aggregated (STAP-A); what browsers use (RFC 6184 §6.3).',
      '2': 'Mode 2, interleaved: NAL units may be sent out of decoding order; browsers do not support it (RFC 6184 §6.4).',
    })[v] ?? `Unknown packetization mode "${v}" (RFC 6184 §8.1 defines 0, 1 and 2).`,
  'level-asymmetry-allowed': on(
    'Each direction may use a different level: the receiver can decode up to the level it offered even if it sends a lower one (RFC 6184 §8.1).',
    'Both directions use the same (lowest) level.',
  ),
  'sprop-parameter-sets': () =>
    "The sender's SPS and PPS in base64, so the decoder can start before the first in-band parameter sets.",
  'max-mbps': (v) => `The receiver decodes up to ${v} macroblocks per second.`,
  'max-fs': (v) => `The receiver decodes frames of up to ${v} macroblocks.`,
  'max-br': (v) =>
    `The receiver takes up to ${v} kbit/s of video (in units of the level's bitrate factor, RFC 6184 §8.1).`,
  'max-dpb': (v) => `The receiver's decoded picture buffer holds ${v} units of 8/3 macroblocks.`,
  'max-smbps': (v) => `The receiver decodes up to ${v} static macroblocks per second.`,
  sar: (v) =>
    `Sample aspect ratio index ${v} (aspect_ratio_idc of H.264 Table E-1) the sender uses; written by room systems, not an RFC 6184 parameter.`,
  'sar-supported': (v) =>
    `The receiver supports aspect_ratio_idc values up to ${v} (RFC 6184 §8.1).`,
};

const VPX: Readonly<Record<string, Explain>> = {
  'max-fs': (v) =>
    `The receiver decodes frames of up to ${v} macroblocks of 16x16 pixels (${Number(v) * 256} pixels, such as ${v === '12288' ? '2048x1536' : 'its largest frame'}).`,
  'max-fr': (v) => `The receiver decodes up to ${v} frames per second.`,
  'profile-id': (v) =>
    ({
      '0': 'VP9 profile 0: 8-bit, 4:2:0 colour, the one every decoder supports (RFC 9628 §6).',
      '1': 'VP9 profile 1: 8-bit, 4:2:2 or 4:4:4 colour.',
      '2': 'VP9 profile 2: 10 or 12-bit, 4:2:0 colour (HDR).',
      '3': 'VP9 profile 3: 10 or 12-bit, 4:2:2 or 4:4:4 colour.',
    })[v] ?? `Unknown VP9 profile "${v}" (RFC 9628 §6 defines 0 to 3).`,
};

const AV1: Readonly<Record<string, Explain>> = {
  profile: (v) =>
    ({
      '0': 'AV1 Main profile (8 and 10-bit 4:2:0).',
      '1': 'AV1 High profile (adds 4:4:4).',
      '2': 'AV1 Professional profile (adds 4:2:2 and 12-bit).',
    })[v] ?? `Unknown AV1 profile "${v}".`,
  'level-idx': (v) => {
    const n = Number(v);
    return Number.isInteger(n) && n >= 0 && n < 24
      ? `AV1 seq_level_idx ${v}: level ${2 + Math.floor(n / 4)}.${n % 4} (5 is level 3.1, enough for 1280x720 at 30 fps).`
      : `seq_level_idx "${v}" (AV1 specification Annex A.3).`;
  },
  tier: (v) =>
    ({ '0': 'Main tier.', '1': 'High tier (higher bitrates at the same level).' })[v] ??
    `Unknown AV1 tier "${v}".`,
};

const RTX: Readonly<Record<string, Explain>> = {
  apt: (v) =>
    `Associated payload type: this RTX payload type resends packets of payload type ${v} (RFC 4588 §8.6).`,
  'rtx-time': (v) => `The sender keeps packets for ${v} ms for retransmission.`,
};

const FEC: Readonly<Record<string, Explain>> = {
  'repair-window': (v) =>
    `Repair packets protect source packets sent within the last ${v} microseconds (RFC 8627 §5.1.1).`,
};

/** Parameter tables by lower-cased encoding name. */
const BY_CODEC: Readonly<Record<string, Readonly<Record<string, Explain>>>> = {
  opus: OPUS,
  h264: H264,
  vp8: VPX,
  vp9: VPX,
  av1: AV1,
  rtx: RTX,
  'flexfec-03': FEC,
  flexfec: FEC,
  ...BROADCAST_PARAMETERS,
};

/** Explain one `name=value` format parameter of the given codec; `undefined` when the parameter is not in the table. */
export function explainFormatParameter(
  codec: string,
  name: string,
  value: string,
): string | undefined {
  return BY_CODEC[codec.toLowerCase()]?.[name]?.(value);
}

/** Explain a parameter string that is not `name=value` pairs: RED's payload list or telephone-event's event range. */
export function explainBareFormatParameters(codec: string, value: string): string {
  const name = codec.toLowerCase();
  if (name === 'red') {
    const parts = value.split('/');
    return `Each RED packet carries ${parts.length} blocks, of payload types ${parts.join(', ')}: the primary encoding plus ${parts.length - 1} redundant copy(ies) of earlier frames (RFC 2198 §5).`;
  }
  if (name === 'telephone-event') {
    return `The DTMF events the receiver understands: ${value === '0-15' ? '0-15, the digits, * and #, and A to D' : value} (RFC 4733 §2.4.1).`;
  }
  return 'Codec-specific parameters that do not use name=value pairs.';
}
