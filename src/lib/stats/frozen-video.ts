// A frozen picture in a series of getStats samples: video packets keep arriving while no frame
// is decoded and no key frame comes, typically after a loss whose key-frame requests (PLI,
// RFC 4585 §6.3.1) go unanswered.
import { numberField, stringField, type StatsRecord } from './stats-record';
import type { StatsSample } from './stats-dump';

/** A stall shorter than this is a hiccup, not a frozen picture. */
export const FROZEN_AFTER_MS = 2_000;

/** What the samples show about one inbound video stream that stopped decoding. */
export interface FrozenVideo {
  /** The inbound-rtp id. */
  id: string;
  /** Milliseconds from the last decoded frame to the last sample. */
  stalledMs: number;
  /** Packets received since the last decoded frame. */
  packetsSince: number;
  /** Key frames decoded in the whole series (1 = only the first). */
  keyFramesDecoded: number;
  /** Key-frame requests sent since the last decoded frame. */
  plisSince: number;
}

/** The first inbound video stream whose decoding stopped while its packets kept arriving. */
export function frozenVideo(samples: readonly StatsSample[]): FrozenVideo | undefined {
  for (const id of inboundVideoIds(samples)) {
    const series = samples.flatMap((s) => {
      const record = s.records.find((r) => r.id === id);
      return record ? [{ at: s.at, record }] : [];
    });
    const last = series.at(-1);
    if (!last) continue;
    const decoded = (i: number) => numberField(series[i]?.record, 'framesDecoded') ?? 0;
    let lastDecoding = 0;
    for (let i = 1; i < series.length; i++) if (decoded(i) > decoded(i - 1)) lastDecoding = i;
    const stall = series[lastDecoding]!;
    const delta = (name: string) =>
      (numberField(last.record, name) ?? 0) - (numberField(stall.record, name) ?? 0);
    const keyFrames =
      numberField(last.record, 'keyFramesDecoded') ?? numberField(last.record, 'framesDecoded');
    const received = numberField(last.record, 'packetsReceived') ?? 0;
    const neverDecoded = keyFrames === 0 && received > 0;
    const stopped =
      delta('packetsReceived') > 0 &&
      delta('framesDecoded') === 0 &&
      last.at - stall.at >= FROZEN_AFTER_MS;
    if (neverDecoded || stopped) {
      return {
        id,
        stalledMs: last.at - stall.at,
        packetsSince: neverDecoded ? received : delta('packetsReceived'),
        keyFramesDecoded: numberField(last.record, 'keyFramesDecoded') ?? 0,
        plisSince: delta('pliCount'),
      };
    }
  }
  return undefined;
}

function inboundVideoIds(samples: readonly StatsSample[]): string[] {
  const ids = new Set<string>();
  for (const sample of samples)
    for (const r of sample.records) if (r.type === 'inbound-rtp' && isVideo(r)) ids.add(r.id);
  return [...ids];
}

function isVideo(record: StatsRecord): boolean {
  return (stringField(record, 'kind') ?? stringField(record, 'mediaType')) === 'video';
}
