// Rates from two getStats() snapshots: counters are cumulative, so a rate is the difference
// over the time between the two records' timestamps.
import type { ReceiveSnapshot, SendSnapshot } from './media-stats';

/** Per-second figures between two snapshots of both peers. */
export interface MediaRates {
  /** Video bitrate leaving the sender, kbit/s. */
  sentKbps: number | undefined;
  /** Video bitrate reaching the receiver, kbit/s. */
  receivedKbps: number | undefined;
  /** Frames decoded per second at the receiver. */
  fps: number | undefined;
  /** Video packets lost per second (can be negative: RFC 3550 counts duplicates back). */
  lostPerSecond: number | undefined;
  nacksPerSecond: number | undefined;
  plisPerSecond: number | undefined;
}

/** kbit/s from a byte counter: bytes * 8 bits / ms = kbit/s. Undefined on a reset or no time. */
export function kbpsBetween(bytesBefore: number, bytesAfter: number, ms: number) {
  if (!(ms > 0) || bytesAfter < bytesBefore) return undefined;
  return ((bytesAfter - bytesBefore) * 8) / ms;
}

/** How much a counter grew per second; undefined when either value or the interval is missing. */
export function perSecondBetween(
  before: number | undefined,
  after: number | undefined,
  ms: number,
): number | undefined {
  if (before === undefined || after === undefined || !(ms > 0)) return undefined;
  return ((after - before) * 1000) / ms;
}

/** Rates between an earlier and a later snapshot of the sender and of the receiver. */
export function mediaRatesBetween(
  sent: readonly [SendSnapshot, SendSnapshot],
  received: readonly [ReceiveSnapshot, ReceiveSnapshot],
): MediaRates {
  const [s0, s1] = sent;
  const [r0, r1] = received;
  const sendMs = s1.at - s0.at;
  const receiveMs = r1.at - r0.at;
  const fps = perSecondBetween(r0.framesDecoded, r1.framesDecoded, receiveMs);
  return {
    sentKbps: kbpsBetween(s0.bytesSent, s1.bytesSent, sendMs),
    receivedKbps: kbpsBetween(r0.bytesReceived, r1.bytesReceived, receiveMs),
    fps: fps !== undefined && fps >= 0 ? fps : r1.framesPerSecond,
    lostPerSecond: perSecondBetween(r0.packetsLost, r1.packetsLost, receiveMs),
    nacksPerSecond: perSecondBetween(r0.nackCount, r1.nackCount, receiveMs),
    plisPerSecond: perSecondBetween(r0.pliCount, r1.pliCount, receiveMs),
  };
}
