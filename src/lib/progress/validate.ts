// Checking a progress file before anything is taken from it. Every refusal is a sentence a
// learner can act on; nothing here throws on bad input.
import {
  ATTEMPT_KINDS,
  emptyProgress,
  isUsableKey,
  MAX_ATTEMPTS_PER_ID,
  MAX_IDS,
  MAX_PROGRESS_CHARS,
  MAX_TEXT,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  type Attempt,
  type Progress,
  type ReviewMarks,
} from './schema';
import { migrateToCurrent } from './migrate';

/** The outcome of reading a progress file: the record, or why it was refused. */
export type ProgressParse = { ok: true; progress: Progress } | { ok: false; reason: string };

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const MAX_DETAIL_KEYS = 32;

/** Whether a value is a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a string is a UTC ISO 8601 timestamp as Date.toISOString writes it. */
export function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

function checkDetail(detail: unknown): string | undefined {
  if (!isJsonObject(detail)) return '"detail" must be an object';
  const keys = Object.keys(detail);
  if (keys.length > MAX_DETAIL_KEYS) return `"detail" has more than ${MAX_DETAIL_KEYS} entries`;
  for (const key of keys) {
    if (!isUsableKey(key))
      return `"detail" uses the reserved or unusable key "${key.slice(0, 40)}"`;
    const v = detail[key];
    if (!(isShortText(v) || (typeof v === 'number' && Number.isFinite(v))))
      return `"detail.${key}" must be a short text or a finite number`;
  }
  return undefined;
}

/** Why a value is not a valid attempt, or undefined when it is one. */
export function checkAttempt(value: unknown): string | undefined {
  if (!isJsonObject(value)) return 'an attempt must be an object';
  const { kind, id, chapter, ok, answer, detail, at } = value;
  if (!ATTEMPT_KINDS.includes(kind as Attempt['kind']))
    return `"kind" must be one of ${ATTEMPT_KINDS.join(', ')}`;
  if (typeof id !== 'string' || !isUsableKey(id)) return '"id" must be a short, non-reserved text';
  if (chapter !== undefined && (typeof chapter !== 'string' || !isUsableKey(chapter)))
    return '"chapter" must be a short, non-reserved text';
  if (typeof ok !== 'boolean') return '"ok" must be true or false';
  if (answer !== undefined && !isShortText(answer))
    return `"answer" must be a text of at most ${MAX_TEXT} characters`;
  const detailProblem = detail === undefined ? undefined : checkDetail(detail);
  if (detailProblem) return detailProblem;
  if (!isIsoTime(at)) return '"at" must be a time such as 2026-11-30T12:00:00.000Z';
  return undefined;
}

function pickAttempt(raw: Record<string, unknown>): Attempt {
  const a = raw as unknown as Attempt;
  const attempt: Attempt = { kind: a.kind, id: a.id, ok: a.ok, at: a.at };
  if (a.chapter !== undefined) attempt.chapter = a.chapter;
  if (a.answer !== undefined) attempt.answer = a.answer;
  if (a.detail !== undefined) attempt.detail = Object.assign(Object.create(null), a.detail);
  return attempt;
}

/** Why a value is not valid review marks, or undefined; valid marks are copied into `into`. */
export function checkReviewMarks(value: unknown, into: ReviewMarks): string | undefined {
  if (!isJsonObject(value) || !isJsonObject(value['met']) || !isJsonObject(value['recalls']))
    return 'The file has no valid "review" section (with "met" and "recalls").';
  const { met, recalls } = value;
  if (Object.keys(met).length + Object.keys(recalls).length > MAX_IDS)
    return `The file's review section holds more than ${MAX_IDS} entries.`;
  for (const [term, at] of Object.entries(met)) {
    if (!isUsableKey(term)) return `The term key "${term.slice(0, 40)}" is reserved or unusable.`;
    if (!isIsoTime(at)) return `The term "${term}" needs the time it was met.`;
    into.met[term] = at;
  }
  for (const [id, list] of Object.entries(recalls)) {
    if (!isUsableKey(id)) return `The review key "${id.slice(0, 40)}" is reserved or unusable.`;
    if (!Array.isArray(list)) return `Recalls for "${id}" must be a list.`;
    const valid = list.every(
      (r) => isJsonObject(r) && typeof r['ok'] === 'boolean' && isIsoTime(r['at']),
    );
    if (!valid) return `A recall for "${id}" needs "ok" (true or false) and "at" (a time).`;
    into.recalls[id] = (list as { ok: boolean; at: string }[])
      .map(({ ok, at }) => ({ ok, at }))
      .slice(-MAX_ATTEMPTS_PER_ID);
  }
  return undefined;
}

/** Validates a current-version record and copies only its known fields into a fresh one. */
export function checkCurrent(raw: Record<string, unknown>): ProgressParse {
  const { chapters, attempts } = raw;
  if (!isJsonObject(chapters)) return { ok: false, reason: 'The file has no "chapters" section.' };
  if (!isJsonObject(attempts)) return { ok: false, reason: 'The file has no "attempts" section.' };
  const progress = emptyProgress();
  for (const [slug, mark] of Object.entries(chapters)) {
    if (!isUsableKey(slug))
      return {
        ok: false,
        reason: `The chapter key "${slug.slice(0, 40)}" is reserved or unusable.`,
      };
    if (!isJsonObject(mark) || typeof mark['done'] !== 'boolean' || !isIsoTime(mark['at']))
      return {
        ok: false,
        reason: `Chapter "${slug}" needs "done" (true or false) and "at" (a time).`,
      };
    progress.chapters[slug] = { done: mark['done'], at: mark['at'] };
  }
  const ids = Object.keys(attempts);
  if (ids.length > MAX_IDS)
    return {
      ok: false,
      reason: `The file records ${ids.length} answers; at most ${MAX_IDS} are accepted.`,
    };
  for (const id of ids) {
    if (!isUsableKey(id))
      return { ok: false, reason: `The answer key "${id.slice(0, 40)}" is reserved or unusable.` };
    const list = attempts[id];
    if (!Array.isArray(list)) return { ok: false, reason: `Answers for "${id}" must be a list.` };
    for (const entry of list) {
      const problem = checkAttempt(entry);
      if (problem) return { ok: false, reason: `An answer for "${id}" is not valid: ${problem}.` };
      if ((entry as Attempt).id !== id)
        return {
          ok: false,
          reason: `An answer filed under "${id}" says its id is "${(entry as Attempt).id}".`,
        };
    }
    progress.attempts[id] = (list as Record<string, unknown>[])
      .map(pickAttempt)
      .slice(-MAX_ATTEMPTS_PER_ID);
  }
  const reviewProblem = checkReviewMarks(raw['review'], progress.review);
  if (reviewProblem) return { ok: false, reason: reviewProblem };
  return { ok: true, progress };
}

/** Reads a progress file: refuses huge, non-JSON, foreign and newer files with a reason; migrates older ones. */
export function parseProgress(text: string): ProgressParse {
  if (text.length > MAX_PROGRESS_CHARS) {
    const mb = (text.length / 1_000_000).toFixed(1);
    return {
      ok: false,
      reason: `The file is ${mb} MB; a progress file is at most ${MAX_PROGRESS_CHARS / 1_000_000} MB. Is it the right file?`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason:
        'The file is not valid JSON, so it is not a progress file from this course (or it was damaged).',
    };
  }
  if (!isJsonObject(raw) || raw['format'] !== PROGRESS_FORMAT)
    return {
      ok: false,
      reason: `This JSON file is not a progress file from this course (it lacks "format": "${PROGRESS_FORMAT}").`,
    };
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'The file has no valid format version.' };
  if (version > PROGRESS_VERSION)
    return {
      ok: false,
      reason: `The file was written by a newer version of the course (format ${version}; this page reads up to ${PROGRESS_VERSION}). Reload the page to get the newer course, then import again.`,
    };
  const current = migrateToCurrent(raw, version);
  return current.ok ? checkCurrent(current.raw) : current;
}
