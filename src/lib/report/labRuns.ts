// The list of recorded lab runs as the browser keeps it: each entry checked and trimmed to the
// limits, so a damaged or hand-edited store is ignored entry by entry, never trusted.
import { isIsoTime, isJsonObject } from '../progress/validate';
import {
  KEPT_ROW_KINDS,
  MAX_FIELDS,
  MAX_ROW_KEYS,
  MAX_ROWS,
  MAX_RUNS,
  MAX_VALUE_CHARS,
  type LabRunRecord,
  type RunRow,
} from './schema';

// Addresses, ICE credentials and TURN secrets stay out of a report: it is meant to be handed on.
const PRIVATE_NAME = /address|^ip$|ufrag|pwd|password|credential|username|secret|key/i;
const NAME = /^[a-z0-9][a-z0-9.-]{0,63}$/;
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;

/** Whether a field or attribute name is kept in a report (not an address, credential or secret). */
export function isReportableName(name: string): boolean {
  return NAME.test(name) && !PRIVATE_NAME.test(name);
}

/** A value as a report keeps it: trimmed, IPv4 addresses masked, cut to the length limit. */
export function reportableValue(value: string): string {
  return value.trim().replace(IPV4, 'x.x.x.x').slice(0, MAX_VALUE_CHARS);
}

function textMap(value: unknown, limit: number): Record<string, string> | undefined {
  if (!isJsonObject(value)) return undefined;
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, v] of Object.entries(value).slice(0, limit)) {
    if (typeof v === 'string' && isReportableName(name)) out[name] = reportableValue(v);
  }
  return out;
}

/** The run a stored value describes, trimmed to the limits, or undefined when it is not one. */
export function sanitizeLabRun(value: unknown): LabRunRecord | undefined {
  if (!isJsonObject(value)) return undefined;
  const { lab, chapter, startedAt, finishedAt, outcome, fields, rows } = value;
  if (typeof lab !== 'string' || !NAME.test(lab)) return undefined;
  if (chapter !== undefined && (typeof chapter !== 'string' || !NAME.test(chapter)))
    return undefined;
  if (!isIsoTime(startedAt) || !isIsoTime(finishedAt)) return undefined;
  if (outcome !== 'done' && outcome !== 'error') return undefined;
  const kept = textMap(fields, MAX_FIELDS);
  if (!kept || !Array.isArray(rows)) return undefined;
  const keptRows: RunRow[] = [];
  for (const row of rows.slice(0, MAX_ROWS)) {
    const r = textMap(row, MAX_ROW_KEYS + 1);
    if (r?.['row'] !== undefined && KEPT_ROW_KINDS.includes(r['row'])) keptRows.push(r);
  }
  const run: LabRunRecord = { lab, startedAt, finishedAt, outcome, fields: kept, rows: keptRows };
  if (chapter !== undefined) run.chapter = chapter;
  return run;
}

/** The runs kept in a stored text: unreadable text gives none, unreadable entries are skipped. */
export function parseLabRuns(text: string | null): LabRunRecord[] {
  if (!text) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => sanitizeLabRun(entry) ?? []).slice(-MAX_RUNS);
}

/** The list with one more run at the end, the oldest dropped past the limit. */
export function withLabRun(runs: readonly LabRunRecord[], run: LabRunRecord): LabRunRecord[] {
  const next = sanitizeLabRun(run);
  return next ? [...runs, next].slice(-MAX_RUNS) : [...runs];
}
