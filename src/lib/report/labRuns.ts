// Reading the recorded lab runs the browser keeps: each entry checked and trimmed to the limits,
// so a damaged or hand-edited store is ignored entry by entry, never trusted. (The recorder that
// writes them, src/components/report/noteLabPhase.ts, leaves addresses and secrets out.)
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

const NAME = /^[a-z0-9][a-z0-9.-]{0,63}$/;

function textMap(value: unknown, limit: number): Record<string, string> | undefined {
  if (!isJsonObject(value)) return undefined;
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, v] of Object.entries(value).slice(0, limit)) {
    if (typeof v === 'string' && NAME.test(name)) out[name] = v.slice(0, MAX_VALUE_CHARS);
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
