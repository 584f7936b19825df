// From getStats() counters of a mesh to per-peer upload rates, and how they compare with the
// formula. Counters are cumulative, so a rate is a difference over the time between two reads.

/** One peer's bytes sent (outbound-rtp video, summed over its N-1 connections) at a time. */
export interface PeerBytes {
  /** performance.now() or a stats timestamp, in ms. */
  at: number;
  bytesSent: number;
}

/** kbit/s between two reads of one peer: bytes × 8 / ms. Null when time or bytes went backwards. */
export function uploadKbps(before: PeerBytes, after: PeerBytes): number | null {
  const ms = after.at - before.at;
  if (!(ms > 0) || after.bytesSent < before.bytesSent) return null;
  return ((after.bytesSent - before.bytesSent) * 8) / ms;
}

/** The parts of an RTCStats record the mesh lab reads (outbound-rtp fields are optional). */
export interface OutboundRecord {
  type: string;
  kind?: string;
  mediaType?: string;
  bytesSent?: number;
  framesEncoded?: number;
  qualityLimitationReason?: string;
}

/** What a peer's outbound video records add up to: bytes and frames, and each sender's limitation. */
export interface OutboundVideo {
  bytesSent: number;
  framesEncoded: number;
  /** One entry per outbound video record; undefined where the browser has no such field. */
  limitations: (string | undefined)[];
}

/** Sums the outbound video RTP records of stats reports (`kind`, or the older `mediaType`). */
export function sumOutboundVideo(records: Iterable<OutboundRecord>): OutboundVideo {
  const total: OutboundVideo = { bytesSent: 0, framesEncoded: 0, limitations: [] };
  for (const r of records) {
    if (r.type !== 'outbound-rtp' || (r.kind ?? r.mediaType) !== 'video') continue;
    total.bytesSent += r.bytesSent ?? 0;
    total.framesEncoded += r.framesEncoded ?? 0;
    total.limitations.push(r.qualityLimitationReason);
  }
  return total;
}

/** How a measured rate compares with the predicted one. */
export type Agreement = 'agrees' | 'below' | 'above';

/** The relative tolerance the mesh lab states: measured within ±25 % of predicted agrees. */
export const MESH_TOLERANCE = 0.25;

/**
 * Compares `measured` with `predicted` (both kbit/s): within `tolerance` (a fraction of the
 * prediction) they agree; otherwise the measurement is below (the usual case: ramp-up, a CPU- or
 * bandwidth-limited encoder, content too simple to need the bitrate) or above (headers, key frames).
 */
export function compareRate(
  predicted: number,
  measured: number,
  tolerance = MESH_TOLERANCE,
): Agreement {
  const ratio = measured / predicted;
  if (ratio < 1 - tolerance) return 'below';
  if (ratio > 1 + tolerance) return 'above';
  return 'agrees';
}

/**
 * The most frequent qualityLimitationReason across a peer's senders ("none", "cpu", "bandwidth",
 * "other"), preferring any limitation over "none"; null when the browser reports none (Firefox).
 */
export function dominantLimitation(reasons: readonly (string | undefined)[]): string | null {
  const counts = new Map<string, number>();
  for (const reason of reasons) if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  if (counts.size === 0) return null;
  const limited = [...counts].filter(([reason]) => reason !== 'none').sort((a, b) => b[1] - a[1]);
  return limited[0]?.[0] ?? 'none';
}
