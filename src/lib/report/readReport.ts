// The first pass over a report file: is it JSON, is it a report, and which of its runs and answers
// are well formed. Later checks read only what passed here; nothing here throws on any text.
import { ATTEMPT_KINDS, type AttemptKind } from '../progress/schema';
import { isIsoTime, isJsonObject } from '../progress/validate';
import { counted, quoted, runLabel, type Findings } from './findings';
import {
  MAX_ANSWERS,
  MAX_FIELDS,
  MAX_REPORT_CHARS,
  MAX_ROW_KEYS,
  MAX_ROWS,
  MAX_RUNS,
  MAX_VALUE_CHARS,
  REPORT_FORMAT,
  REPORT_VERSION,
  type LabRunRecord,
  type ReportAnswer,
} from './schema';

/** A well-formed run with its position in the file (0-based), so findings can name it. */
export interface NumberedRun {
  n: number;
  run: LabRunRecord;
}

/** The parts of a report that are well formed, for the later checks. */
export interface ReadReport {
  exportedAt: string;
  runs: NumberedRun[];
  answers: ReportAnswer[];
  chaptersDone: string[];
  scores: unknown;
}

function textMapProblem(value: unknown, what: string, limit: number): string | undefined {
  if (!isJsonObject(value)) return `its ${what} are not a list of names and values`;
  const entries = Object.entries(value);
  if (entries.length > limit)
    return `it has ${entries.length} ${what}, more than the ${limit} a lab records`;
  for (const [name, v] of entries) {
    if (typeof v !== 'string') return `its ${what} ${quoted(name)} is not a text`;
    if (name.length > 64 || v.length > MAX_VALUE_CHARS)
      return `its ${what} ${quoted(name)} is longer than anything a lab records`;
  }
  return undefined;
}

/** Why a file of `size` characters (or bytes) is not read: it is larger than any report. */
export function oversize(size: number): string {
  return `The file is ${(size / 1e6).toFixed(1)} MB; a report is at most ${MAX_REPORT_CHARS / 1e6} MB, so it was not read.`;
}

/** Why a value is not a well-formed run, or undefined when it is one. */
export function runShapeProblem(value: unknown): string | undefined {
  if (!isJsonObject(value)) return 'it is not an object';
  const { lab, chapter, startedAt, finishedAt, outcome, fields, rows } = value;
  if (typeof lab !== 'string' || lab === '' || lab.length > 64) return 'it names no lab';
  if (chapter !== undefined && (typeof chapter !== 'string' || chapter.length > 64))
    return 'its chapter is not a short text';
  if (!isIsoTime(startedAt) || !isIsoTime(finishedAt)) return 'its start or end is not a time';
  if (outcome !== 'done' && outcome !== 'error') return 'its outcome is neither done nor error';
  const fieldProblem = textMapProblem(fields, 'fields', MAX_FIELDS);
  if (fieldProblem) return fieldProblem;
  if (!Array.isArray(rows) || rows.length > MAX_ROWS)
    return `its rows are not a list of at most ${MAX_ROWS}`;
  for (const row of rows) {
    const rowProblem = textMapProblem(row, 'row values', MAX_ROW_KEYS + 1);
    if (rowProblem) return rowProblem;
  }
  return undefined;
}

function answerShapeProblem(value: unknown): string | undefined {
  if (!isJsonObject(value)) return 'it is not an object';
  const { kind, id, chapter, ok, answer, at } = value;
  if (!ATTEMPT_KINDS.includes(kind as AttemptKind))
    return 'its kind is not quiz, exercise or prediction';
  if (typeof id !== 'string' || id === '' || id.length > 500) return 'it has no id';
  if (chapter !== undefined && (typeof chapter !== 'string' || chapter.length > 500))
    return 'its chapter is not a text';
  if (typeof ok !== 'boolean') return '“ok” is not true or false';
  if (answer !== undefined && (typeof answer !== 'string' || answer.length > 500))
    return 'its answer is not a short text';
  if (!isIsoTime(at)) return 'its time is not a time';
  return undefined;
}

function wellFormed<T>(
  list: unknown,
  limit: number,
  what: string,
  problem: (v: unknown) => string | undefined,
  name: (v: Record<string, unknown>, i: number) => string,
  found: Findings,
): Array<{ n: number; value: T }> {
  if (!Array.isArray(list)) {
    found.problem(`The report has no list of ${what}s.`);
    return [];
  }
  if (list.length > limit)
    found.problem(
      `The report lists ${list.length} ${what}s; the course records at most ${limit}, so only the first ${limit} are checked.`,
    );
  const kept: Array<{ n: number; value: T }> = [];
  list.slice(0, limit).forEach((entry, n) => {
    const why = problem(entry);
    if (why)
      found.problem(`${name(isJsonObject(entry) ? entry : {}, n)} is not well formed: ${why}.`);
    else kept.push({ n, value: entry as T });
  });
  if (list.length === 0) found.note(`The report lists no ${what}.`);
  else if (kept.length === list.length)
    found.ok(
      list.length === 1
        ? `The one ${what} is well formed.`
        : `All ${counted(list.length, what)} are well formed.`,
    );
  return kept;
}

/** Reads a report's text; undefined when it is not a report at all (the reason is in `found`). */
export function readReport(text: string, found: Findings): ReadReport | undefined {
  if (text.length > MAX_REPORT_CHARS) {
    found.problem(oversize(text.length));
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    found.problem(
      'The file is not valid JSON, so it is not a report from this course (or it was damaged).',
    );
    return undefined;
  }
  if (!isJsonObject(raw) || raw['format'] !== REPORT_FORMAT) {
    found.problem(
      `The file is JSON but not a lab report from this course (it lacks "format": "${REPORT_FORMAT}").`,
    );
    return undefined;
  }
  if (raw['version'] !== REPORT_VERSION) {
    found.problem(
      `The report's format version is ${quoted(raw['version'])}; this page reads version ${REPORT_VERSION}.`,
    );
    return undefined;
  }
  if (!isIsoTime(raw['exportedAt'])) {
    found.problem('The report does not say when it was exported (“exportedAt” is not a time).');
    return undefined;
  }
  found.ok(
    `The file is a lab report (format version ${REPORT_VERSION}), exported ${raw['exportedAt'].replace('T', ' ').slice(0, 19)} UTC.`,
  );
  const runs = wellFormed<LabRunRecord>(
    raw['runs'],
    MAX_RUNS,
    'lab run',
    runShapeProblem,
    (r, i) =>
      typeof r['lab'] === 'string' && typeof r['startedAt'] === 'string'
        ? runLabel(i, r['lab'], r['startedAt'])
        : `Run ${i + 1}`,
    found,
  );
  const chapters = raw['chaptersDone'];
  const chaptersDone =
    Array.isArray(chapters) && chapters.every((c) => typeof c === 'string' && c.length <= 64)
      ? (chapters as string[])
      : [];
  if (chaptersDone !== chapters)
    found.problem('The list of chapters done is not a list of chapter names.');
  const answers = wellFormed<ReportAnswer>(
    raw['answers'],
    MAX_ANSWERS,
    'answer',
    answerShapeProblem,
    (_, i) => `Answer ${i + 1}`,
    found,
  );
  return {
    exportedAt: raw['exportedAt'],
    runs: runs.map(({ n, value }) => ({ n, run: value })),
    answers: answers.map(({ value }) => value),
    chaptersDone,
    scores: raw['scores'],
  };
}
