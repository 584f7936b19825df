// The course's own stats export: what a lab run saw through getStats(), over time, as a small
// JSON file the stats explorer opens. It exists for browsers without chrome://webrtc-internals
// (Firefox) and for keeping one run next to a question.
import type { DumpConnection, StatsDump } from './stats-dump';
import { isObject } from './internals-dump';
import { isStatsRecord, type StatsRecord } from './stats-record';

/** The `format` field that marks a course export. */
export const COURSE_EXPORT_FORMAT = 'webrtc-course-stats';

/** A course export, version 1. */
export interface CourseStatsExport {
  format: typeof COURSE_EXPORT_FORMAT;
  version: 1;
  /** The lab that ran, such as `media-lab`. */
  lab: string;
  /** `navigator.userAgent` of the browser that ran it. */
  browser: string;
  /** ISO 8601 times of the first and the last sample. */
  startedAt: string;
  endedAt: string;
  /** One entry per peer connection: its name in the lab and its reports, oldest first. */
  peers: { id: string; samples: { at: number; stats: StatsRecord[] }[] }[];
}

/** Collects getStats() reports of a lab's peers, at most `limit` samples per peer (the newest). */
export class StatsRecording {
  readonly #peers = new Map<string, { at: number; stats: StatsRecord[] }[]>();
  constructor(
    readonly lab: string,
    readonly limit = 600,
  ) {}

  /** Adds one report of `peer` taken at `at` (ms since the epoch). */
  add(peer: string, at: number, report: Iterable<unknown>): void {
    let samples = this.#peers.get(peer);
    if (!samples) this.#peers.set(peer, (samples = []));
    samples.push({ at, stats: [...report].filter(isStatsRecord).map((r) => ({ ...r })) });
    if (samples.length > this.limit) samples.splice(0, samples.length - this.limit);
  }

  /** How many samples the busiest peer holds. */
  get size(): number {
    return Math.max(0, ...[...this.#peers.values()].map((s) => s.length));
  }

  /** Forgets every sample. */
  clear(): void {
    this.#peers.clear();
  }

  /** The recording as an export, or undefined while it holds no sample. */
  toExport(browser: string): CourseStatsExport | undefined {
    const times = [...this.#peers.values()].flat().map((s) => s.at);
    if (times.length === 0) return undefined;
    return {
      format: COURSE_EXPORT_FORMAT,
      version: 1,
      lab: this.lab,
      browser,
      startedAt: new Date(Math.min(...times)).toISOString(),
      endedAt: new Date(Math.max(...times)).toISOString(),
      peers: [...this.#peers].map(([id, samples]) => ({ id, samples })),
    };
  }
}

/** A course export as a StatsDump, or undefined when the JSON is not one. */
export function readCourseExport(json: unknown): StatsDump | undefined {
  if (!isObject(json) || json['format'] !== COURSE_EXPORT_FORMAT) return undefined;
  if (!Array.isArray(json['peers'])) return undefined;
  const connections: DumpConnection[] = json['peers'].filter(isObject).map((peer, i) => ({
    id: typeof peer['id'] === 'string' ? peer['id'] : `peer ${i + 1}`,
    url: undefined,
    events: [],
    samples: (Array.isArray(peer['samples']) ? peer['samples'] : [])
      .filter(isObject)
      .filter((s) => typeof s['at'] === 'number' && Array.isArray(s['stats']))
      .map((s) => ({
        at: s['at'] as number,
        records: (s['stats'] as unknown[]).filter(isStatsRecord),
      }))
      .sort((a, b) => a.at - b.at),
  }));
  return {
    source: 'course-export',
    browser: typeof json['browser'] === 'string' ? json['browser'] : undefined,
    labId: typeof json['lab'] === 'string' ? json['lab'] : undefined,
    connections,
  };
}
