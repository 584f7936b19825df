import type { StatsRecord, StatsSnapshot } from './fixture';

/** The records of `type` in a snapshot, of media `kind` when given. */
export function recordsOf(snapshot: StatsSnapshot, type: string, kind?: string): StatsRecord[] {
  return snapshot.records.filter(
    (r) => r.type === type && (kind === undefined || r['kind'] === kind),
  );
}

/** A numeric field of a record, or 0 when it is missing. */
export function count(record: StatsRecord | undefined, field: string): number {
  const value = record?.[field];
  return typeof value === 'number' ? value : 0;
}

/** A field of a record as text for a table cell ('' when missing). */
export function cell(record: StatsRecord | undefined, field: string): string {
  const value = record?.[field];
  return value === undefined || value === null ? '' : String(value);
}
