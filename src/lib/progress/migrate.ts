// Older progress formats, and how each becomes the current one. Format 1 was the first shape:
// a list of chapters done and the last quiz answer per question, with no per-chapter times.
// Format 2 had no review marks (glossary terms met, self-graded recalls).
import { isUsableKey, PROGRESS_FORMAT, PROGRESS_VERSION } from './schema';

/** A raw record brought to the current version (still to be validated), or why it could not be. */
export type Migrated = { ok: true; raw: Record<string, unknown> } | { ok: false; reason: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Turns a format-1 record ({ done: string[], quiz: { id: { answer, ok, at } }, savedAt }) into format 2. */
export function migrateV1(raw: Record<string, unknown>): Migrated {
  const { done, quiz, savedAt } = raw;
  if (!Array.isArray(done) || !done.every((s) => typeof s === 'string'))
    return { ok: false, reason: 'The format-1 file has no valid "done" list.' };
  if (quiz !== undefined && !isObject(quiz))
    return { ok: false, reason: 'The format-1 file has an invalid "quiz" section.' };
  const at = typeof savedAt === 'string' ? savedAt : new Date(0).toISOString();
  const chapters: Record<string, unknown> = {};
  for (const slug of done as string[]) if (isUsableKey(slug)) chapters[slug] = { done: true, at };
  const attempts: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(quiz ?? {})) {
    if (!isUsableKey(id))
      return { ok: false, reason: `The answer key "${id.slice(0, 40)}" is reserved or unusable.` };
    if (!isObject(entry))
      return { ok: false, reason: `The format-1 answer "${id}" is not an object.` };
    const answer = entry['answer'];
    attempts[id] = [
      {
        kind: 'quiz',
        id,
        ok: entry['ok'],
        ...(answer === undefined ? {} : { answer: String(answer) }),
        at: typeof entry['at'] === 'string' ? entry['at'] : at,
      },
    ];
  }
  return { ok: true, raw: { format: PROGRESS_FORMAT, version: 2, chapters, attempts } };
}

/** Turns a format-2 record into format 3: the same, with empty review marks. */
export function migrateV2(raw: Record<string, unknown>): Migrated {
  return { ok: true, raw: { ...raw, version: 3, review: { met: {}, recalls: {} } } };
}

const STEPS: Record<number, (raw: Record<string, unknown>) => Migrated> = {
  1: migrateV1,
  2: migrateV2,
};

/** Applies each migration step from `version` up to the current format. */
export function migrateToCurrent(raw: Record<string, unknown>, version: number): Migrated {
  let current: Migrated = { ok: true, raw };
  for (let v = version; v < PROGRESS_VERSION && current.ok; v++) {
    const step = STEPS[v];
    if (!step)
      return { ok: false, reason: `Format ${v} cannot be read by this version of the course.` };
    current = step(current.raw);
  }
  return current;
}
