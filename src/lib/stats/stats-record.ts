// getStats() records as plain data (W3C webrtc-stats): what the reducers in this folder read.
// A report is a Map in the browser; `[...report.values()]` turns it into these records.

/** One record of an RTCStatsReport, as plain data: `id`, `type`, `timestamp` and its own fields. */
export interface StatsRecord {
  id: string;
  type: string;
  timestamp?: number;
  [field: string]: unknown;
}

/** A field as a string, or undefined when it is missing or of another type. */
export function stringField(record: StatsRecord | undefined, name: string): string | undefined {
  const value = record?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** A field as a finite number, or undefined when it is missing or of another type. */
export function numberField(record: StatsRecord | undefined, name: string): number | undefined {
  const value = record?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A field as a boolean, or undefined when it is missing or of another type. */
export function booleanField(record: StatsRecord | undefined, name: string): boolean | undefined {
  const value = record?.[name];
  return typeof value === 'boolean' ? value : undefined;
}

/** Index records by id; anything that is not an object with a string `id` and `type` is skipped. */
export function indexStats(records: Iterable<unknown>): Map<string, StatsRecord> {
  const byId = new Map<string, StatsRecord>();
  for (const record of records) {
    if (isStatsRecord(record)) byId.set(record.id, record);
  }
  return byId;
}

/** Whether a value looks like a stats record (an object with string `id` and `type`). */
export function isStatsRecord(value: unknown): value is StatsRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { id, type } = value as { id?: unknown; type?: unknown };
  return typeof id === 'string' && typeof type === 'string';
}
