// The m=video line of an offer: its payload types in preference order (RFC 8866 §5.14) and the
// codec each one names in a=rtpmap, so the lab can show what setCodecPreferences changed.

/** One payload type of the m=video line, with the encoding a=rtpmap gives it. */
export interface OfferedPayload {
  payloadType: number;
  /** `VP9/90000`, `rtx/90000`… ('' when the offer has no a=rtpmap for it). */
  encoding: string;
}

/** The first m=video section's payload types, in the offer's order; [] when there is none. */
export function videoPayloadOrder(sdp: string): OfferedPayload[] {
  const sections = sdp.split(/\r?\n(?=m=)/);
  const video = sections.find((s) => s.startsWith('m=video'));
  if (!video) return [];
  const [mLine = ''] = video.split(/\r?\n/);
  const types = mLine.trim().split(/\s+/).slice(3).map(Number).filter(Number.isInteger);
  const rtpmap = new Map<number, string>();
  for (const match of video.matchAll(/^a=rtpmap:(\d+) (\S+)/gm)) {
    rtpmap.set(Number(match[1]), match[2] ?? '');
  }
  return types.map((payloadType) => ({ payloadType, encoding: rtpmap.get(payloadType) ?? '' }));
}
