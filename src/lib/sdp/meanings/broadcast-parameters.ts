// Meanings of the a=fmtp parameters of professional media over IP: uncompressed video (RFC 4175
// with SMPTE ST 2110-20), JPEG XS (RFC 9134), ancillary data (RFC 8331, ST 2110-40) and AES67 /
// ST 2110-30 linear audio. Browsers have none of these codecs and drop such payload types from
// their answers.

type Explain = (value: string) => string;

const COLORIMETRY: Readonly<Record<string, string>> = {
  BT601: 'ITU-R BT.601 (standard definition)',
  BT709: 'ITU-R BT.709 (HD)',
  BT2020: 'ITU-R BT.2020 (UHD, wide gamut)',
  BT2100: 'ITU-R BT.2100 (HDR)',
  'ST2065-1': 'SMPTE ST 2065-1 (ACES)',
  XYZ: 'CIE XYZ (digital cinema)',
  UNSPECIFIED: 'unspecified',
};

/** Parameters ST 2110-20 video and JPEG XS share. */
const VIDEO: Readonly<Record<string, Explain>> = {
  sampling: (v) =>
    `Colour sampling ${v}: how luma and chroma samples are laid out in each pixel group.`,
  depth: (v) => `${v} bits per sample.`,
  width: (v) => `${v} pixels wide.`,
  height: (v) => `${v} lines high (per frame, or per field pair when interlaced).`,
  exactframerate: (v) => {
    const [n = '', d = '1'] = v.split('/');
    const rate = Number(n) / Number(d);
    return `Exactly ${v} frames per second${Number.isFinite(rate) ? ` (${rate.toFixed(3).replace(/\.?0+$/, '')})` : ''}.`;
  },
  colorimetry: (v) => `Colorimetry ${COLORIMETRY[v] ?? v}.`,
  TCS: (v) => `Transfer characteristic ${v} (SDR, PQ or HLG for HDR, LINEAR...).`,
  interlace: () => 'The video is interlaced: each frame is sent as two fields.',
  segmented: () => 'Progressive segmented frame (PsF): progressive pictures sent as two segments.',
  RANGE: (v) => `Signal range ${v} (NARROW is the broadcast default, FULL uses every code value).`,
  PAR: (v) => `Pixel aspect ratio ${v}.`,
  PM: (v) =>
    v === '2110GPM'
      ? '2110GPM: general packing mode, pixel groups may be split across packets.'
      : v === '2110BPM'
        ? '2110BPM: block packing mode, 180-byte blocks per packet.'
        : `Packing mode "${v}".`,
  SSN: (v) => `Follows SMPTE standard ${v}.`,
  TP: (v) =>
    ({
      '2110TPN': '2110TPN: narrow sender, packets paced evenly (SMPTE ST 2110-21).',
      '2110TPNL': '2110TPNL: narrow linear sender (SMPTE ST 2110-21).',
      '2110TPW': '2110TPW: wide sender, burstier pacing allowed (SMPTE ST 2110-21).',
    })[v] ?? `Sender type "${v}" (SMPTE ST 2110-21).`,
  TROFF: (v) => `Transmission starts ${v} µs after the frame's alignment point.`,
  CMAX: (v) => `At most ${v} packets in the receiver's buffer model.`,
  MAXUDP: (v) => `UDP payloads of up to ${v} bytes.`,
  packetmode: (v) => `JPEG XS packetization mode ${v} (RFC 9134).`,
  profile: (v) => `JPEG XS profile ${v}.`,
  level: (v) => `JPEG XS level ${v}.`,
  sublevel: (v) => `JPEG XS sublevel ${v}.`,
};

const AUDIO: Readonly<Record<string, Explain>> = {
  'channel-order': (v) =>
    `${v}: the channel grouping (SMPTE ST 2110-30), such as ST for a stereo pair, 51 for 5.1 or U08 for eight undefined channels.`,
};

const ANCILLARY: Readonly<Record<string, Explain>> = {
  DID_SDID: (v) => `Ancillary data ID ${v} (captions, timecode...; RFC 8331).`,
  VPID_Code: (v) => `SMPTE ST 352 payload identifier ${v} of the video this data belongs to.`,
};

/** Parameter tables by lower-cased encoding name. */
export const BROADCAST_PARAMETERS: Readonly<Record<string, Readonly<Record<string, Explain>>>> = {
  raw: VIDEO,
  jxsv: VIDEO,
  l24: AUDIO,
  l16: AUDIO,
  smpte291: ANCILLARY,
};
