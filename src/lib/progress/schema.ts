// The shape of a learner's saved progress (format version 3). It lives in the learner's own
// browser and in the files they export; nothing here is ever sent anywhere.

/** The tag every progress file carries, so a foreign JSON file is recognised as such. */
export const PROGRESS_FORMAT = 'webrtc-course-progress';
/** The format version this code writes; older ones are migrated, newer ones refused. */
export const PROGRESS_VERSION = 3;
/** How many attempts are kept per question, exercise or prediction (the newest ones). */
export const MAX_ATTEMPTS_PER_ID = 10;
/** The largest progress file accepted, in characters (a full course is a few tens of KB). */
export const MAX_PROGRESS_CHARS = 1_000_000;
/** The most distinct ids (questions, exercises, predictions) a file may hold. */
export const MAX_IDS = 5_000;
/** The longest id, slug, answer or detail value accepted, in characters. */
export const MAX_TEXT = 500;

/** What kind of thing a learner answered. */
export type AttemptKind = 'quiz' | 'exercise' | 'prediction';
/** Every attempt kind, in display order. */
export const ATTEMPT_KINDS: readonly AttemptKind[] = ['quiz', 'exercise', 'prediction'];

/** One answer a learner committed: a quiz choice, an exercise result or a prediction. */
export interface Attempt {
  kind: AttemptKind;
  id: string;
  chapter?: string;
  ok: boolean;
  answer?: string;
  detail?: Record<string, string | number>;
  /** When it was recorded, ISO 8601. */
  at: string;
}

/** An attempt as a caller hands it over, before the store stamps the time. */
export type AttemptInput = Omit<Attempt, 'at'>;

/** A chapter's done mark, with when it was last set (so merging keeps the newer one). */
export interface ChapterMark {
  done: boolean;
  at: string;
}

/** One self-graded recall on the review page: whether the learner knew it, and when (ISO 8601). */
export interface Recall {
  ok: boolean;
  at: string;
}

/** What the review page keeps besides answers (format 3): glossary terms met, self-graded recalls. */
export interface ReviewMarks {
  /** Glossary term id -> when the learner first opened its popover or entry. */
  met: Record<string, string>;
  /** Review item id (`term:<id>`, a prediction's id) -> its newest recalls. */
  recalls: Record<string, Recall[]>;
}

/** Everything saved: done marks per chapter slug, recent attempts per id and review marks. */
export interface Progress {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  chapters: Record<string, ChapterMark>;
  attempts: Record<string, Attempt[]>;
  review: ReviewMarks;
}

/** A fresh, empty record (null-prototype maps, so no key can reach Object.prototype). */
export function emptyProgress(): Progress {
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    chapters: Object.create(null) as Record<string, ChapterMark>,
    attempts: Object.create(null) as Record<string, Attempt[]>,
    review: {
      met: Object.create(null) as Record<string, string>,
      recalls: Object.create(null) as Record<string, Recall[]>,
    },
  };
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a string may be used as a chapter slug or attempt id (not empty, not too long, not reserved). */
export function isUsableKey(key: string): boolean {
  return key.length > 0 && key.length <= MAX_TEXT && !RESERVED_KEYS.has(key);
}

/** Slugs of the chapters marked done, sorted. */
export function doneChapters(progress: Progress): string[] {
  return Object.keys(progress.chapters)
    .filter((slug) => progress.chapters[slug]?.done === true)
    .sort();
}

/** The newest attempt for an id, if any. */
export function latestAttempt(progress: Progress, id: string): Attempt | undefined {
  const list = Object.hasOwn(progress.attempts, id) ? progress.attempts[id] : undefined;
  return list?.[list.length - 1];
}
