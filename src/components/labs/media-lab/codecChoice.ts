// Which video codecs the learner may pick (from RTCRtpSender.getCapabilities('video')) and the
// order a choice puts them in for setCodecPreferences: the chosen codec first, every other
// codec after it, so that the browser still has fallbacks and RTX/RED/FEC stay offered.

/** One entry of the codec picker. */
export interface CodecChoice {
  /** `VP8`, `VP9`, `H264`, `AV1`: the preset value (`?codec=VP9`) and the select's value. */
  name: string;
  /** The capabilities of this name, the browser's own order (VP9 profile 0 before profile 2). */
  codecs: RTCRtpCodec[];
}

/** Formats that repair or protect video rather than carry it. */
const NOT_A_VIDEO_CODEC = /^video\/(rtx|red|ulpfec|flexfec-03)$/i;

/** The browser's video sending codecs grouped by name, in its own order; [] without the API. */
export function videoCodecChoices(): CodecChoice[] {
  if (typeof RTCRtpSender === 'undefined' || !('getCapabilities' in RTCRtpSender)) return [];
  const codecs = RTCRtpSender.getCapabilities('video')?.codecs ?? [];
  const byName = new Map<string, RTCRtpCodec[]>();
  for (const codec of codecs) {
    if (NOT_A_VIDEO_CODEC.test(codec.mimeType)) continue;
    const name = codec.mimeType.replace(/^video\//i, '').toUpperCase();
    byName.set(name, [...(byName.get(name) ?? []), codec]);
  }
  return [...byName].map(([name, list]) => ({ name, codecs: list }));
}

/** The capabilities with every codec of `name` moved to the front, order otherwise kept. */
export function preferCodec(name: string): RTCRtpCodec[] {
  const all = RTCRtpSender.getCapabilities('video')?.codecs ?? [];
  const wanted = (c: RTCRtpCodec) => c.mimeType.toUpperCase() === `VIDEO/${name.toUpperCase()}`;
  return [...all.filter(wanted), ...all.filter((c) => !wanted(c))];
}
