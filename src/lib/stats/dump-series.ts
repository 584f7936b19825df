// Figures over time from a connection's samples: each point is the rate between two
// consecutive reports (counters are cumulative) or the gauge the later report holds.
import { mediaRatesBetween } from './media-rates';
import { readReceiveSnapshot, readSendSnapshot } from './media-stats';
import type { StatsSample } from './stats-dump';

/** The charted figures of one connection, one point per sample after the first. */
export interface DumpSeries {
  /** Seconds since the connection's first sample. */
  times: number[];
  sentKbps: (number | null)[];
  receivedKbps: (number | null)[];
  /** Video packets lost per second, at the receiver. */
  lostPerSecond: (number | null)[];
  rttMs: (number | null)[];
  jitterMs: (number | null)[];
  /** Frames decoded per second. */
  fps: (number | null)[];
}

/** The names of the charted figures. */
export type SeriesName = Exclude<keyof DumpSeries, 'times'>;

const round = (value: number | undefined, places = 1): number | null =>
  value === undefined ? null : Math.round(value * 10 ** places) / 10 ** places;

/** Computes the series of one connection from its samples (oldest first). */
export function seriesOf(samples: readonly StatsSample[]): DumpSeries {
  const out: DumpSeries = {
    times: [],
    sentKbps: [],
    receivedKbps: [],
    lostPerSecond: [],
    rttMs: [],
    jitterMs: [],
    fps: [],
  };
  const first = samples[0]?.at ?? 0;
  let previous: ReturnType<typeof snapshots> | undefined;
  for (const sample of samples) {
    const now = snapshots(sample);
    if (previous) {
      const rates = mediaRatesBetween([previous.sent, now.sent], [previous.received, now.received]);
      out.times.push(round((sample.at - first) / 1000) ?? 0);
      out.sentKbps.push(now.sending ? round(rates.sentKbps) : null);
      out.receivedKbps.push(now.receiving ? round(rates.receivedKbps) : null);
      out.lostPerSecond.push(round(rates.lostPerSecond));
      out.rttMs.push(round(now.sent.rttMs));
      out.jitterMs.push(round(now.received.jitterMs));
      out.fps.push(round(rates.fps));
    }
    previous = now;
  }
  return out;
}

/** Both snapshots of one sample, timed by the sample (a report without video has no rtp time). */
function snapshots(sample: StatsSample) {
  const video = (type: string) =>
    sample.records.some((r) => r.type === type && (r['kind'] ?? r['mediaType']) === 'video');
  return {
    sending: video('outbound-rtp'),
    receiving: video('inbound-rtp'),
    sent: { ...readSendSnapshot(sample.records), at: sample.at },
    received: { ...readReceiveSnapshot(sample.records), at: sample.at },
  };
}
