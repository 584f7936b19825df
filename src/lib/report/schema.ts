// The shape of a lab report: what a learner's browser recorded of their lab runs, with their
// answers and scores from the progress record. It is made in the learner's browser and goes only
// where the learner takes the file; nothing here is ever sent anywhere.
import type { AttemptKind } from '../progress/schema';

/** The tag every report carries, so another JSON file is recognised as such. */
export const REPORT_FORMAT = 'webrtc-course-report';
/** The report format version this code writes and reads. */
export const REPORT_VERSION = 1;
/** The largest report accepted, in characters. */
export const MAX_REPORT_CHARS = 2_000_000;
/** How many lab runs are kept in the browser and put in a report (the newest ones). */
export const MAX_RUNS = 60;
/** How many fields one run keeps. */
export const MAX_FIELDS = 60;
/** How many rows (candidates, pairs, fingerprints...) one run keeps. */
export const MAX_ROWS = 40;
/** How many attributes one row keeps. */
export const MAX_ROW_KEYS = 16;
/** The longest name or value kept, in characters. */
export const MAX_VALUE_CHARS = 200;
/** The most answers a report may list. */
export const MAX_ANSWERS = 20_000;

/** The kinds of row a run keeps: the ones that carry measured values. */
export const KEPT_ROW_KINDS: readonly string[] = ['candidate', 'pair', 'fingerprint', 'dtls-state'];

/** How a recorded run ended: finished, or stopped by an error. */
export type RunOutcome = 'done' | 'error';

/** One row a lab showed (a candidate, a pair...): its kind in `row`, its values as text. */
export type RunRow = Record<string, string>;

/** One run of a lab, as the lab frame recorded it when the run finished. */
export interface LabRunRecord {
  lab: string;
  /** The chapter's slug when the lab ran inside a chapter. */
  chapter?: string;
  /** ISO 8601 times. */
  startedAt: string;
  finishedAt: string;
  outcome: RunOutcome;
  /** The lab's facts: `data-field` name to its machine value (`data-value`, else the text). */
  fields: Record<string, string>;
  rows: RunRow[];
}

/** One answer in a report: a quiz choice, an exercise result or a prediction. */
export interface ReportAnswer {
  kind: AttemptKind;
  id: string;
  chapter?: string;
  ok: boolean;
  answer?: string;
  at: string;
}

/** For one kind of answer: how many were given, how many ids were tried, how many right last time. */
export interface KindScore {
  answers: number;
  tried: number;
  right: number;
}

/** The whole report as exported. */
export interface LabReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  exportedAt: string;
  runs: LabRunRecord[];
  chaptersDone: string[];
  answers: ReportAnswer[];
  scores: Record<AttemptKind, KindScore>;
}
