// Chromium's chrome://webrtc-internals dump ("Create a WebRTC-Internals dump"): a JSON object
// whose `PeerConnections` map each connection to its `updateLog` (events) and its `stats`, one
// entry per `<statsId>-<field>` holding every sampled value as a JSON-encoded array.
import type { ConnectionEvent, DumpConnection, StatsDump, StatsSample } from './stats-dump';
import type { StatsRecord } from './stats-record';

interface InternalsSeries {
  startTime?: unknown;
  endTime?: unknown;
  statsType?: unknown;
  values?: unknown;
}

/** The dump as a StatsDump, or undefined when the JSON has no `PeerConnections` object. */
export function readInternalsDump(
  json: unknown,
  progress?: (done: number) => void,
): StatsDump | undefined {
  if (!isObject(json) || !isObject(json['PeerConnections'])) return undefined;
  const entries = Object.entries(json['PeerConnections']);
  const connections: DumpConnection[] = [];
  entries.forEach(([id, pc], index) => {
    if (!isObject(pc)) return;
    connections.push({
      id,
      url: typeof pc['url'] === 'string' ? pc['url'] : undefined,
      samples: samplesOf(isObject(pc['stats']) ? pc['stats'] : {}),
      events: eventsOf(pc['updateLog']),
    });
    progress?.((index + 1) / entries.length);
  });
  const agent = json['UserAgent'];
  return {
    source: 'webrtc-internals',
    browser: typeof agent === 'string' ? agent : undefined,
    labId: undefined,
    connections,
  };
}

/**
 * Rebuilds one getStats() report per polling instant from the per-field series. The page polls
 * every connection once a second and appends one value to each series, so values line up by
 * position; a record that appeared or vanished mid-call has a shorter series, placed by its
 * `endTime`. Each report's instant is that of the `peer-connection` record (or the longest
 * series): RTCP-based records carry the older time of the report they came from.
 */
export function samplesOf(stats: Record<string, unknown>): StatsSample[] {
  const byId = new Map<
    string,
    { type: string; end: number; length: number; fields: Map<string, unknown[]> }
  >();
  for (const [key, raw] of Object.entries(stats)) {
    const dash = key.lastIndexOf('-');
    if (dash <= 0 || !isObject(raw)) continue;
    const series = raw as InternalsSeries;
    const field = key.slice(dash + 1);
    // `[field]` entries are the page's own derived columns (rates, dates), not getStats fields.
    if (field.startsWith('[') || typeof series.statsType !== 'string') continue;
    const values = decodeValues(series.values);
    if (!values) continue;
    const id = key.slice(0, dash);
    let entry = byId.get(id);
    if (!entry) {
      const end = Date.parse(String(series.endTime));
      entry = { type: series.statsType, end, length: 0, fields: new Map() };
      byId.set(id, entry);
    }
    entry.fields.set(field, values);
    entry.length = Math.max(entry.length, values.length);
  }
  const clock = referenceClock([...byId.values()]);
  if (clock.length === 0) return [];
  const samples: StatsSample[] = clock.map((at) => ({ at, records: [] }));
  for (const [id, { type, end, length, fields }] of byId) {
    const last = Number.isFinite(end) ? nearestIndex(clock, end) : clock.length - 1;
    const offset = last - (length - 1);
    for (let i = 0; i < length; i++) {
      const sample = samples[offset + i];
      if (!sample) continue;
      const record: StatsRecord = { id, type };
      for (const [field, values] of fields) record[field] = values[i];
      sample.records.push(record);
    }
  }
  return samples.filter((s) => s.records.length > 0);
}

/** The polling instants: the peer-connection record's timestamps, else the longest series'. */
function referenceClock(entries: { type: string; fields: Map<string, unknown[]> }[]): number[] {
  const stamps = (e: (typeof entries)[number]) =>
    (e.fields.get('timestamp') ?? []).filter((t): t is number => typeof t === 'number');
  const pc = entries.find((e) => e.type === 'peer-connection' && stamps(e).length > 0);
  if (pc) return stamps(pc);
  return entries.map(stamps).reduce((a, b) => (b.length > a.length ? b : a), []);
}

function nearestIndex(sorted: readonly number[], at: number): number {
  let best = 0;
  for (let i = 1; i < sorted.length; i++) {
    if (Math.abs((sorted[i] ?? 0) - at) < Math.abs((sorted[best] ?? 0) - at)) best = i;
  }
  return best;
}

function decodeValues(values: unknown): unknown[] | undefined {
  if (Array.isArray(values)) return values;
  if (typeof values !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(values);
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function eventsOf(log: unknown): ConnectionEvent[] {
  if (!Array.isArray(log)) return [];
  return log.filter(isObject).map((e) => ({
    at: typeof e['timestamp'] === 'number' ? e['timestamp'] : Date.parse(String(e['time'])),
    type: String(e['type'] ?? ''),
    value: typeof e['value'] === 'string' ? e['value'] : JSON.stringify(e['value'] ?? ''),
  }));
}

/** Whether a value is a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
